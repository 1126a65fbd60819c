// The JSON shape of GET /api/s/:token (docs/design.md HTTP contract), plus a few additive fields; PUT answers a receipt (save.ts).
import type { AnswerSet } from "../../../domain/index.ts";
import type { Lang } from "../../i18n/index.ts";
import { TEAM_TARGET_ID, type FormKind } from "../../../domain/index.ts";
import { roleName } from "../../../surveys/text.ts";
import type { SurveyContext } from "./context.ts";

export interface ApiSurveyState {
  /** Which form this link answers (additive); family/child items carry `about` and target `_team`. */
  form: FormKind;
  round: { status: "draft" | "open" | "closed"; closesAt: string | null };
  instrument: {
    id: string;
    version: string;
    /** `text` keeps the `{target}` placeholder; the client fills in the target's name. */
    items: { id: string; text: string; short: string; about?: "member" | "team" }[];
    scale: { low: string; high: string };
  };
  /** `name` is the role's name in the requested language (additive to the contract). */
  targets: { id: string; role: string; label: string; name: string }[];
  ratings: { target: string; item: string; value: number | null }[];
  submitted: boolean;
  submittedAt: string | null;
  updatedAt: string | null;
}

/** The respondent's state in `lang`; `answer` defaults to the stored one. The status is the effective one. */
export function apiState(ctx: SurveyContext, lang: Lang, answer: AnswerSet | undefined = ctx.answer): ApiSurveyState {
  const i = ctx.instrument;
  const team = ctx.kind === "team" ? [] : [{ id: TEAM_TARGET_ID, role: TEAM_TARGET_ID, label: "", name: "" }];
  return {
    form: ctx.kind,
    round: { status: ctx.state === "closed" ? "closed" : ctx.round.status, closesAt: ctx.round.closesAt },
    instrument: {
      id: i.id,
      version: i.version,
      items: i.items.map((it) => ({ id: it.id, text: it.text[lang], short: it.short[lang], ...(it.about ? { about: it.about } : {}) })),
      scale: { low: i.scale.low[lang], high: i.scale.high[lang] },
    },
    targets: [...team, ...ctx.targets].map((m) => ({ id: m.id, role: m.role, label: m.label, name: m.id === TEAM_TARGET_ID ? "" : roleName(m.role, lang) })),
    ratings: (answer?.ratings ?? []).map((r) => ({ target: r.target, item: r.item, value: r.value })),
    submitted: answer?.submitted ?? false,
    submittedAt: answer?.submittedAt ?? null,
    updatedAt: answer?.updatedAt ?? null,
  };
}
