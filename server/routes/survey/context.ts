// Resolves a personal survey token to everything a respondent page needs, or null (→ the same 404 for all cases).
import { roundLanguage, type AnswerSet, type FormKind, type Link, type Member, type Round } from "../../../domain/index.ts";
import type { Instrument } from "../../../surveys/index.ts";
import type { AnswerScope } from "../../../surveys/answers.ts";
import type { AppDeps } from "../../deps.ts";
import type { Lang } from "../../i18n/index.ts";
import { hashToken, isWellFormedToken, sameHash } from "../../security/tokens.ts";
import { answerAccess, type AnswerAccess } from "./device.ts";
import { formSetup } from "./form-setup.ts";

/** open: answers accepted; closed: status closed or closesAt passed; notOpen: the round is still a draft. */
export type RoundState = "open" | "closed" | "notOpen";

export interface SurveyContext {
  token: string;
  link: Link;
  round: Round;
  /** The round's language: the pages' language unless the respondent picks another. */
  lang: Lang;
  /** team: rates every other member; family/child: the family's or the child's form. */
  kind: FormKind;
  instrument: Instrument;
  rater: Member;
  /** The members answered about, in store order (team: all others; family: the professionals; child: none). */
  targets: Member[];
  scope: AnswerScope;
  /** The stored answer set as this browser may see it: only when it saved it (`access` "yours"). */
  answer: AnswerSet | undefined;
  /** The stored answer set whoever saved it: for decisions (answered or not, keep submitted), never shown. */
  stored: AnswerSet | undefined;
  /** Whether this browser may see and replace the stored answers (device.ts). */
  access: AnswerAccess;
  state: RoundState;
}

/** Round state at `now`; a passed closesAt closes the round even before anyone sets the status. */
export function roundState(round: Round, now: Date): RoundState {
  if (round.status === "closed") return "closed";
  if (round.closesAt && Date.parse(round.closesAt) <= now.getTime()) return "closed";
  return round.status === "open" ? "open" : "notOpen";
}

/**
 * Looks the token up: its link (the store keeps only each member's current link, so a re-issued token is gone),
 * the link's survey round, the form setup and the stored answer with this browser's access to it (`device`: the
 * secret of its device cookie). Malformed tokens never reach the store. Returns null for unknown tokens, imported
 * rounds, members no longer in the case, child links of rounds without the child, and unknown instruments.
 */
export async function loadSurvey(deps: AppDeps, token: string, device: string | undefined): Promise<SurveyContext | null> {
  if (!isWellFormedToken(token)) return null;
  const tokenHash = hashToken(token);
  const link = await deps.store.getLinkByHash(tokenHash);
  if (!link || !sameHash(link.tokenHash, tokenHash)) return null;
  const round = await deps.store.getRound(link.roundId);
  if (!round || round.source !== "survey") return null;
  const setup = formSetup(round, link.memberId, await deps.store.listMembers(round.caseId));
  if (!setup) return null;
  const stored = await deps.store.getAnswer(round.id, setup.rater.id);
  const access = answerAccess(stored, link, device);
  return {
    token, link, round, lang: roundLanguage(round), kind: setup.kind, instrument: setup.instrument, rater: setup.rater, targets: setup.targets,
    scope: setup.scope, answer: access === "yours" ? stored : undefined, stored, access, state: roundState(round, deps.now()),
  };
}

/** Records the first time the link was opened (for the facilitator's overview). */
export async function markOpened(deps: AppDeps, ctx: SurveyContext): Promise<void> {
  if (ctx.link.openedAt) return;
  await deps.store.putLink({ ...ctx.link, openedAt: deps.now().toISOString() });
}
