// Round lifecycle: create a draft survey round, import one from pair scores, open it (links once), close (erasing e-mail addresses) and reopen.
import { Round, conflict, invalid, type Case, type CaseRef, type CloseRequest, type IssuedLink, type RoundImport, type RoundInput } from "../../../domain/index.ts";
import { getInstrument } from "../../../surveys/index.ts";
import { newId } from "../../security/tokens.ts";
import type { ServiceContext } from "../context.ts";
import { eraseAddresses } from "../mail/addresses.ts";
import { childSeat } from "../voices/forms.ts";
import { pinVoiceVersions } from "../voices/options.ts";
import { issueLink } from "./links.ts";

/** The instrument's current version, or `invalid` naming the field. */
function instrumentVersion(instrumentId: string): string {
  const instrument = getInstrument(instrumentId);
  if (!instrument) throw invalid("bad_request", "Unknown instrument", [{ path: "instrumentId", message: "not in GET /api/instruments" }]);
  if (instrument.audience !== "team") throw invalid("bad_request", "Not a team instrument", [{ path: "instrumentId", message: "use family/child options for the family's and the child's forms" }]);
  return instrument.version;
}

/** Builds (but does not store) a new round of a case. */
export function newRound(caseId: string, input: RoundInput, source: Round["source"], now: Date): Round {
  return Round.parse({
    ...pinVoiceVersions(input, source),
    id: newId(),
    caseId,
    instrumentVersion: instrumentVersion(input.instrumentId),
    status: source === "import" ? "closed" : "draft",
    source,
    createdAt: now.toISOString(),
    closedAt: source === "import" ? now.toISOString() : null,
  });
}

/** The rounds of a case. */
export function listRounds(ctx: ServiceContext, kase: Case): Promise<Round[]> {
  return ctx.store.listRounds(kase.id);
}

/** A round with the case it belongs to (code and district only). */
export function roundDetail(round: Round, kase: Case): { round: Round; case: CaseRef } {
  return { round, case: { id: kase.id, code: kase.code, district: kase.district } };
}

/** Creates a draft survey round (the family/child instrument versions are pinned now). */
export async function createRound(ctx: ServiceContext, kase: Case, input: RoundInput): Promise<Round> {
  const round = newRound(kase.id, input, "survey", ctx.now());
  await ctx.store.putRound(round);
  return round;
}

/** Stores a closed imported round with its pair scores; every score is between two different members, each pair once. */
export async function importScores(ctx: ServiceContext, kase: Case, body: RoundImport): Promise<Round> {
  const { scores, ...input } = body;
  const ids = new Set((await ctx.store.listMembers(kase.id)).map((m) => m.id));
  const seen = new Set<string>();
  scores.forEach((s, i) => {
    const path = `scores.${i}`;
    if (!ids.has(s.rater) || !ids.has(s.target)) throw invalid("bad_request", "Unknown member in scores", [{ path, message: "rater and target must be members of the case" }]);
    if (s.rater === s.target) throw invalid("bad_request", "Self-rating in scores", [{ path, message: "rater and target must differ" }]);
    const key = `${s.rater}>${s.target}`;
    if (seen.has(key)) throw invalid("bad_request", "Duplicate pair in scores", [{ path, message: "each rater–target pair at most once" }]);
    seen.add(key);
  });
  const round = newRound(kase.id, { ...input, closesAt: null }, "import", ctx.now());
  await ctx.store.putRound(round);
  await ctx.store.putPairScores(round.id, scores);
  return round;
}

/** Opens a draft survey round and issues every member's link, plus the child's when included (answered once). */
export async function openRound(ctx: ServiceContext, round: Round): Promise<{ round: Round; links: IssuedLink[] }> {
  if (round.source !== "survey") throw conflict("imported_round", "An imported round cannot be opened");
  if (round.status !== "draft") throw conflict("not_draft", "The round has been opened already; re-issue single links instead");
  const members = await ctx.store.listMembers(round.caseId);
  if (members.length < 2) throw conflict("too_few_members", "A round needs at least two members");
  const links: IssuedLink[] = [];
  for (const m of members) links.push(await issueLink(ctx, round, m));
  if (round.child?.include) links.push(await issueLink(ctx, round, childSeat(round.caseId)));
  const opened: Round = { ...round, status: "open", openedAt: ctx.now().toISOString(), closedAt: null };
  await ctx.store.putRound(opened);
  return { round: opened, links };
}

/** Closes an open round (`open: false`) or reopens a closed survey round with the same links (`open: true`). */
export async function setRoundOpen(ctx: ServiceContext, round: Round, open: boolean): Promise<Round> {
  if (round.source !== "survey") throw conflict("imported_round", "An imported round cannot be opened or closed");
  const from = open ? "closed" : "open";
  if (round.status !== from) throw conflict("wrong_status", `Only a round that is ${from} can be ${open ? "reopened" : "closed"}`);
  const next: Round = open ? { ...round, status: "open", closedAt: null } : { ...round, status: "closed", closedAt: ctx.now().toISOString() };
  await ctx.store.putRound(next);
  return next;
}

/**
 * Closes an open round and erases the members' e-mail addresses, unless `keepAddresses` keeps them for the
 * next round (or another round of the case is still open).
 */
export async function closeRound(ctx: ServiceContext, round: Round, kase: Case, request: CloseRequest): Promise<{ round: Round; erasedAddresses: number }> {
  const closed = await setRoundOpen(ctx, round, false);
  const erasedAddresses = request.keepAddresses ? 0 : await eraseAddresses(ctx, kase, round.id);
  return { round: closed, erasedAddresses };
}
