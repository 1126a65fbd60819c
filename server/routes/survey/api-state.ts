// The JSON shape of GET /api/s/:token (docs/design.md HTTP contract), plus a few additive fields; PUT answers a receipt (save.ts).
import type { AnswerSet } from "../../../domain/index.ts";
import type { Lang } from "../../i18n/index.ts";
import { TEAM_TARGET_ID, roundDisplay, type FormKind, type RoundDisplay } from "../../../domain/index.ts";
import { roleName, targetPhrase } from "../../../surveys/text.ts";
import type { SurveyContext } from "./context.ts";
import type { AnswerAccess } from "./device.ts";
import { choosesShown } from "./save.ts";

export interface ApiSurveyState {
  /** Which form this link answers (additive); family/child items carry `about` and target `_team`. */
  form: FormKind;
  round: { status: "draft" | "open" | "closed"; closesAt: string | null; language: Lang; display: RoundDisplay };
  /** Who answers: the seat's role and label (the child's seat has neither). */
  rater: { role: string; label: string; name: string };
  instrument: {
    id: string;
    version: string;
    /** `text` keeps the `{target}` / `{Target}` placeholders; the client fills in the target's in-sentence name. */
    items: { id: string; text: string; short: string; about?: "member" | "team" }[];
    scale: { low: string; high: string };
  };
  /** `name` is the role's name in the requested language, `phrase` the member inside a question, e.g. "koordinatoren (Kari)" (additive). */
  targets: { id: string; role: string; label: string; name: string; phrase: string }[];
  /**
   * Whether this browser may see the stored answers (`yours`: it saved them, through this link or an earlier one),
   * none are stored (`none`), another browser saved them through this link (`other_device`: hidden, and a PUT is
   * refused), or another browser saved them through a link re-issued since (`earlier_link`: hidden, and a PUT starts
   * over). Only with `yours` do ratings and times show.
   */
  stored: AnswerAccess;
  ratings: { target: string; item: string; value: number | null }[];
  /** True when a submitted set is stored, whoever saved it (the link has been answered). */
  submitted: boolean;
  submittedAt: string | null;
  updatedAt: string | null;
  /** A family seat's choice to be shown in the team's analysis (null for everyone else). */
  showInMeeting: boolean | null;
}

/** The respondent's state in `lang`; `answer` defaults to the one this browser may see. The status is the effective one. */
export function apiState(ctx: SurveyContext, lang: Lang, answer: AnswerSet | undefined = ctx.answer): ApiSurveyState {
  const i = ctx.instrument;
  const team = ctx.kind === "team" ? [] : [{ id: TEAM_TARGET_ID, role: TEAM_TARGET_ID, label: "", name: "" }];
  const child = ctx.kind === "child";
  return {
    form: ctx.kind,
    round: { status: ctx.state === "closed" ? "closed" : ctx.round.status, closesAt: ctx.round.closesAt, language: ctx.lang, display: roundDisplay(ctx.round) },
    rater: { role: child ? "" : ctx.rater.role, label: child ? "" : ctx.rater.label, name: child ? "" : roleName(ctx.rater.role, lang) },
    instrument: {
      id: i.id,
      version: i.version,
      items: i.items.map((it) => ({ id: it.id, text: it.text[lang], short: it.short[lang], ...(it.about ? { about: it.about } : {}) })),
      scale: { low: i.scale.low[lang], high: i.scale.high[lang] },
    },
    targets: [...team, ...ctx.targets].map((m) => {
      const member = m.id !== TEAM_TARGET_ID;
      return { id: m.id, role: m.role, label: m.label, name: member ? roleName(m.role, lang) : "", phrase: member ? targetPhrase(m.role, m.label, lang) : "" };
    }),
    stored: ctx.access,
    ratings: (answer?.ratings ?? []).map((r) => ({ target: r.target, item: r.item, value: r.value })),
    submitted: ctx.stored?.submitted ?? false,
    submittedAt: answer?.submittedAt ?? null,
    updatedAt: answer?.updatedAt ?? null,
    showInMeeting: choosesShown(ctx) ? (answer?.showInMeeting ?? false) : null,
  };
}
