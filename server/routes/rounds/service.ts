// Round operations as plain functions over the store (used by the HTTP routes and the demo seeding).
import { formKind, type FormKind, type Link, type Member, type PairScore, type Round, type RoundInput } from "../../../domain/index.ts";
import { Round as RoundSchema } from "../../../domain/index.ts";
import { getInstrument } from "../../../surveys/index.ts";
import { childSeat } from "../survey/form-setup.ts";
import { pinVoiceVersions } from "./voice-options.ts";
import { badRequest, conflict } from "../../http/errors.ts";
import { generateToken, hashToken, newId } from "../../security/tokens.ts";
import type { Store } from "../../store/types.ts";

/** A personal link as returned once when it is issued. */
export interface IssuedLink {
  memberId: string;
  role: string;
  label: string;
  url: string;
  /** Which form the link opens: the child's link has memberId `_child` and no label. */
  form: FormKind;
}

/** The instrument's current version, or a 400 naming the field. */
function instrumentVersion(instrumentId: string): string {
  const instrument = getInstrument(instrumentId);
  if (!instrument) throw badRequest("Unknown instrument", [{ path: "instrumentId", message: "not in GET /api/instruments" }]);
  if (instrument.audience !== "team") throw badRequest("Not a team instrument", [{ path: "instrumentId", message: "use family/child options for the family's and the child's forms" }]);
  return instrument.version;
}

/** Builds (but does not store) a new round of a case. */
export function newRound(caseId: string, input: RoundInput, source: Round["source"], now: Date): Round {
  return RoundSchema.parse({
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

/** Stores an imported round with its pair scores; scores must be between members of the case. */
export async function importRound(store: Store, caseId: string, input: RoundInput, scores: PairScore[], now: Date): Promise<Round> {
  const ids = new Set((await store.listMembers(caseId)).map((m) => m.id));
  const seen = new Set<string>();
  scores.forEach((s, i) => {
    const where = `scores.${i}`;
    if (!ids.has(s.rater) || !ids.has(s.target)) throw badRequest("Unknown member in scores", [{ path: where, message: "rater and target must be members of the case" }]);
    if (s.rater === s.target) throw badRequest("Self-rating in scores", [{ path: where, message: "rater and target must differ" }]);
    const key = `${s.rater}>${s.target}`;
    if (seen.has(key)) throw badRequest("Duplicate pair in scores", [{ path: where, message: "each rater–target pair at most once" }]);
    seen.add(key);
  });
  const round = newRound(caseId, input, "import", now);
  await store.putRound(round);
  await store.putPairScores(round.id, scores);
  return round;
}

/** Issues (or re-issues) one member's link; the raw token exists only in the returned URL. */
export async function issueLink(store: Store, round: Round, member: Member, baseUrl: string, now: Date): Promise<IssuedLink> {
  const token = generateToken();
  const link: Link = { roundId: round.id, memberId: member.id, tokenHash: hashToken(token), issuedAt: now.toISOString(), openedAt: null };
  await store.putLink(link);
  const form = formKind(round, member.id, member.role);
  return { memberId: member.id, role: member.role, label: member.label, url: `${baseUrl.replace(/\/+$/, "")}/s/${token}`, form };
}

/** Opens a draft survey round and issues every member's link, plus the child's when included (returned once). */
export async function openRound(store: Store, round: Round, baseUrl: string, now: Date): Promise<{ round: Round; links: IssuedLink[] }> {
  if (round.source !== "survey") throw conflict("imported_round", "An imported round cannot be opened");
  if (round.status !== "draft") throw conflict("not_draft", "The round has been opened already; re-issue single links instead");
  const members = await store.listMembers(round.caseId);
  if (members.length < 2) throw conflict("too_few_members", "A round needs at least two members");
  const links: IssuedLink[] = [];
  for (const m of members) links.push(await issueLink(store, round, m, baseUrl, now));
  if (round.child?.include) links.push(await issueLink(store, round, childSeat(round.caseId), baseUrl, now));
  const opened: Round = { ...round, status: "open", openedAt: now.toISOString(), closedAt: null };
  await store.putRound(opened);
  return { round: opened, links };
}

/** Closes an open round or reopens a closed survey round. */
export async function setRoundOpen(store: Store, round: Round, open: boolean, now: Date): Promise<Round> {
  if (round.source !== "survey") throw conflict("imported_round", "An imported round cannot be opened or closed");
  const from = open ? "closed" : "open";
  if (round.status !== from) throw conflict("wrong_status", `Only a round that is ${from} can be ${open ? "reopened" : "closed"}`);
  const next: Round = open ? { ...round, status: "open", closedAt: null } : { ...round, status: "closed", closedAt: now.toISOString() };
  await store.putRound(next);
  return next;
}
