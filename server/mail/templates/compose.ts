// Composes a link or reminder mail: subject, a plain-text part and a simple HTML part, in nb/nn/en.
import { REMINDER_LIMITS, type RoundLang } from "../../../domain/index.ts";
import { formatDateTime, interpolate } from "../../i18n/index.ts";
import { html, raw, type Html } from "../../views/html.ts";
import { MAIL_EN } from "./text-en.ts";
import { MAIL_NB, type MailStrings } from "./text-nb.ts";
import { MAIL_NN } from "./text-nn.ts";

const STRINGS: Record<RoundLang, MailStrings> = { nb: MAIL_NB, nn: MAIL_NN, en: MAIL_EN };

/** What a mail says: never the case's code or anything about the child, only who asked and where they work. */
export interface MailContent {
  lang: RoundLang;
  kind: "link" | "reminder";
  /** The family's form (parents) or the team's. */
  form: "team" | "family";
  /** The personal link (it carries the token: it exists only in the message). */
  url: string;
  /** The facilitator's name. */
  asker: string;
  /** The case's unit (kindergarten, school), else its district. */
  place: string;
  closesAt: string | null;
  /** A reminder to someone who saved a draft says the draft is kept. */
  hasDraft: boolean;
}

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

/** The paragraphs of the mail in order (the link comes after `linkIntro`). */
function paragraphs(c: MailContent, s: MailStrings, fill: (t: string) => string) {
  const reminder = c.kind === "reminder";
  return {
    before: [
      s.greeting,
      fill(c.form === "family" ? s.askFamily : s.askTeam),
      ...(reminder ? [s.notYet + (c.hasDraft ? ` ${s.draftKept}` : "")] : []),
      s.duration,
    ],
    after: [
      ...(reminder ? [s.replaces] : []),
      c.closesAt ? fill(s.closes) : fill(s.openEnded),
    ],
    consent: c.form === "family" ? fill(s.consent) : null,
  };
}

/** The subject, the plain-text part and the HTML part of one mail. */
export function composeMail(c: MailContent): ComposedMail {
  const s = STRINGS[c.lang];
  const vars = { asker: c.asker, place: c.place, max: REMINDER_LIMITS.max, date: c.closesAt ? formatDateTime(c.lang, c.closesAt) : "" };
  const fill = (t: string) => interpolate(t, vars);
  const subject = (c.kind === "reminder" ? s.reminderPrefix : "") + (c.form === "family" ? s.subjectFamily : s.subjectTeam);
  const p = paragraphs(c, s, fill);
  const text = [
    ...p.before,
    `${s.linkIntro}\n${c.url}`,
    ...p.after,
    ...(p.consent ? [`${s.consentTitle}: ${p.consent}`] : []),
    fill(s.signoff),
  ].join("\n\n");
  const para = (t: string): Html => html`<p>${t}</p>`;
  const body = html`<!doctype html>
<html lang="${c.lang === "en" ? "en" : c.lang === "nn" ? "nn" : "nb"}"><head><meta charset="utf-8"><title>${subject}</title></head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 36em;">
${p.before.map(para)}
<p>${s.linkIntro}<br><a href="${c.url}" style="display: inline-block; margin-top: .5em; padding: .6em 1.2em; background: #1d4f91; color: #ffffff; text-decoration: none; border-radius: 4px;">${s.button}</a></p>
<p style="font-size: 14px; word-break: break-all;">${c.url}</p>
${p.after.map(para)}
${p.consent ? html`<p style="font-size: 14px; color: #444;"><strong>${s.consentTitle}:</strong> ${p.consent}</p>` : raw("")}
<p>${fill(s.signoff)}</p>
</body></html>`;
  return { subject, text, html: body.value };
}
