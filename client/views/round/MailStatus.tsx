// Mail in the round's status: per member what the mail server said about the last mail, and «Send påminnelse» within the limits.
import { useState } from "preact/hooks";
import { Api, type ReminderReport, type RoundStatusReport } from "../../api/endpoints.ts";
import { RequestError } from "../../api/http.ts";
import { ErrorMessage } from "../../components/ErrorMessage.tsx";
import type { MailSettingsReport } from "../../api/endpoints.ts";
import { useI18n, type Lang, type T } from "../../i18n/index.ts";

type MemberMail = RoundStatusReport["members"][number]["mail"];

/** Date and time as the user reads it, e.g. "12. mars 2025, 14:05". */
export function dateTime(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "nb-NO", { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}

/** One member's mail: the last attempt and the mail server's answer, and the reminders so far. */
export function MailCell({ mail, max }: { mail: MemberMail; max: number }) {
  const { t, lang } = useI18n();
  if (!mail.last) return <span class="muted">{mail.hasEmail ? t("mailNotSent") : t("mailNoAddress")}</span>;
  const { last } = mail;
  const vars = { kind: t(`mailKind_${last.kind}`), date: dateTime(lang, last.at), reason: last.response };
  return (
    <span class={`mail-${last.status}`}>
      <span aria-hidden="true">{last.status === "accepted" ? "✉ " : "⚠ "}</span>
      {last.status === "accepted" ? t("mailAccepted", vars) : t("mailFailed", vars)}
      {mail.reminders > 0 && <span class="muted"> · {t("remindersCount", { n: mail.reminders, max })}</span>}
      {!mail.hasEmail && <span class="muted"> · {t("mailNoAddress")}</span>}
    </span>
  );
}

/** Why nobody can be reminded now, from the status (so the button can say it before anyone presses it). */
function blocked(report: RoundStatusReport, t: T, lang: Lang, max: number): string | null {
  const waiting = report.members.filter((m) => m.mail.hasEmail && m.form !== "child" && m.state !== "submitted");
  if (waiting.length === 0) return t("reminderNobody");
  if (waiting.some((m) => m.mail.reminder === "allowed")) return null;
  const next = waiting.flatMap((m) => (m.mail.nextReminderAt ? [m.mail.nextReminderAt] : [])).sort()[0];
  return next ? t("reminderNextAt", { date: dateTime(lang, next) }) : t("reminderLimitReached", { max });
}

/** The server's refusals in the user's language. */
function refusal(t: T, e: unknown, max: number): string | null {
  if (!(e instanceof RequestError)) return null;
  const known: Record<string, string> = {
    reminder_limit: t("reminderLimitReached", { max }),
    no_recipients: t("reminderNobody"),
    mail_in_progress: t("mailBusy"),
    mail_off: t("mailOff"),
    reminder_too_soon: t("remindersNoneNow"),
  };
  return known[e.code] ?? null;
}

/** «Send påminnelse» with the limits stated, and what happened. */
interface ReminderProps {
  roundId: string;
  report: RoundStatusReport;
  mail: MailSettingsReport;
  /** After every try (the status reloads); `sent` is the server's answer when there was one. */
  onSent: (sent: ReminderReport | null) => void;
}

export function ReminderBox({ roundId, report, mail, onSent }: ReminderProps) {
  const { t, lang } = useI18n();
  const [result, setResult] = useState<ReminderReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { max, minHours } = mail.reminders;
  const reason = blocked(report, t, lang, max);
  const send = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    let sent: ReminderReport | null = null;
    try {
      sent = await Api.sendReminders(roundId);
      setResult(sent);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      onSent(sent);
    }
  };
  const known = refusal(t, error, max);
  return (
    <div class="reminders" data-testid="reminders">
      <button type="button" class="primary" onClick={send} disabled={busy || reason !== null} aria-describedby="reminders-note">
        {t("sendReminders")}
      </button>
      <p class="hint" id="reminders-note">
        {t("remindersNote", { max, hours: minHours })}
      </p>
      {reason && <p class="muted">{reason}</p>}
      {result && (
        <p class="notice" role="status">
          {t("remindersResult", { accepted: result.accepted, failed: result.failed, skipped: result.skipped })}
        </p>
      )}
      {known ? (
        <p class="error" role="alert">
          {known}
        </p>
      ) : (
        <ErrorMessage error={error} />
      )}
    </div>
  );
}
