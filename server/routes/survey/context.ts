// Resolves a personal survey token to everything a respondent page needs, or null (→ the same 404 for all cases).
import type { AnswerSet, FormKind, Link, Member, Round } from "../../../domain/index.ts";
import type { Instrument } from "../../../surveys/index.ts";
import type { AnswerScope } from "../../../surveys/answers.ts";
import type { AppDeps } from "../../deps.ts";
import { hashToken, isWellFormedToken, sameHash } from "../../security/tokens.ts";
import { formSetup } from "./form-setup.ts";
import { resolveCached, type ResolvedLink } from "./link-cache.ts";

/** open: answers accepted; closed: status closed or closesAt passed; notOpen: the round is still a draft. */
export type RoundState = "open" | "closed" | "notOpen";

export interface SurveyContext {
  token: string;
  link: Link;
  round: Round;
  /** team: rates every other member; family/child: the family's or the child's form. */
  kind: FormKind;
  instrument: Instrument;
  rater: Member;
  /** The members answered about, in store order (team: all others; family: the professionals; child: none). */
  targets: Member[];
  scope: AnswerScope;
  answer: AnswerSet | undefined;
  state: RoundState;
}

/** Round state at `now`; a passed closesAt closes the round even before anyone sets the status. */
export function roundState(round: Round, now: Date): RoundState {
  if (round.status === "closed") return "closed";
  if (round.closesAt && Date.parse(round.closesAt) <= now.getTime()) return "closed";
  return round.status === "open" ? "open" : "notOpen";
}

/** Members per case and revision, shared (frozen) by every link of the case that is resolved meanwhile. */
const membersMemo = new WeakMap<object, Map<string, { revision: number; members: Member[] }>>();

/** The case's members; one copy per case revision when the store reports revisions. */
async function caseMembers(deps: AppDeps, caseId: string): Promise<Member[]> {
  const revision = deps.store.caseRevision?.(caseId);
  if (revision === undefined) return deps.store.listMembers(caseId);
  let memo = membersMemo.get(deps.store);
  if (!memo) membersMemo.set(deps.store, (memo = new Map()));
  const hit = memo.get(caseId);
  if (hit?.revision === revision) return hit.members;
  // The copy is taken synchronously inside listMembers, so it belongs to `revision`.
  const members = (await deps.store.listMembers(caseId)).map((m) => Object.freeze(m));
  memo.set(caseId, { revision, members: Object.freeze(members) as Member[] });
  return members;
}

/** The uncached lookup: link by hash, its round, that it is still the member's current link, and the form setup. */
async function resolveLink(deps: AppDeps, tokenHash: string): Promise<ResolvedLink | null> {
  const link = await deps.store.getLinkByHash(tokenHash);
  if (!link || !sameHash(link.tokenHash, tokenHash)) return null;
  const round = await deps.store.getRound(link.roundId);
  if (!round || round.source !== "survey") return null;
  const current = (await deps.store.listLinks(round.id)).find((l) => l.memberId === link.memberId);
  if (!current || !sameHash(current.tokenHash, tokenHash)) return null;
  const setup = formSetup(round, link.memberId, await caseMembers(deps, round.caseId));
  return setup ? { link, round, setup } : null;
}

/**
 * Looks the token up. Malformed tokens never reach the store. Returns null for unknown tokens,
 * re-issued (replaced) links, imported rounds, members no longer in the case, child links of rounds
 * without the child, and unknown instruments. The resolution is cached per token until the case changes
 * (link-cache.ts); the returned context's link, round and setup are shared and frozen.
 * `withAnswer: false` skips reading the stored answer (the PUT replaces it and never shows the old one).
 */
export async function loadSurvey(deps: AppDeps, token: string, options: { withAnswer?: boolean } = {}): Promise<SurveyContext | null> {
  if (!isWellFormedToken(token)) return null;
  const tokenHash = hashToken(token);
  const resolved = await resolveCached(deps.store, tokenHash, () => resolveLink(deps, tokenHash));
  if (!resolved) return null;
  const { link, round, setup } = resolved;
  const answer = options.withAnswer === false ? undefined : await deps.store.getAnswer(round.id, setup.rater.id);
  return {
    token, link, round, kind: setup.kind, instrument: setup.instrument, rater: setup.rater, targets: setup.targets, scope: setup.scope,
    answer, state: roundState(round, deps.now()),
  };
}

/** Records the first time the link was opened (for the facilitator's overview). */
export async function markOpened(deps: AppDeps, ctx: SurveyContext): Promise<void> {
  if (ctx.link.openedAt) return;
  await deps.store.putLink({ ...ctx.link, openedAt: deps.now().toISOString() });
}
