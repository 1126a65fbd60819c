// Copies a whole installation from one Store to another (file folder ↔ PostgreSQL) and checks the copy reads back the same.
import type { Action, AnswerSet, ApiToken, Case, Delivery, Link, Member, PairScore, Round, Settings, User } from "../../../domain/index.ts";
import type { StoredRelease } from "../../../domain/release.ts";
import type { Store } from "../types.ts";

/** Everything a Store lets one list, in its listing order (sessions are not listable: users log in again). */
export interface StoreSnapshot {
  settings: Settings;
  /** The published aggregate release with its links: without it the next release would not be checked against the earlier ones. */
  release: StoredRelease | null;
  users: { user: User; tokens: ApiToken[] }[];
  cases: {
    case: Case;
    members: Member[];
    rounds: { round: Round; links: Link[]; pairScores: PairScore[]; answers: AnswerSet[]; deliveries: Delivery[] }[];
    actions: Action[];
  }[];
}

export interface CopyCounts {
  users: number;
  apiTokens: number;
  cases: number;
  members: number;
  rounds: number;
  links: number;
  answerSets: number;
  pairScoreSets: number;
  actions: number;
  deliveries: number;
}

/** Reads everything listable from `store`. */
export async function snapshotStore(store: Store): Promise<StoreSnapshot> {
  const users = await Promise.all((await store.listUsers()).map(async (user) => ({ user, tokens: await store.listApiTokens(user.id) })));
  const cases: StoreSnapshot["cases"] = [];
  for (const c of await store.listCases()) {
    const rounds = await Promise.all(
      (await store.listRounds(c.id)).map(async (round) => ({
        round,
        links: await store.listLinks(round.id),
        pairScores: await store.getPairScores(round.id),
        answers: await store.listAnswers(round.id),
        deliveries: await store.listDeliveries(round.id),
      })),
    );
    cases.push({ case: c, members: await store.listMembers(c.id), rounds, actions: await store.listActions(c.id) });
  }
  return { settings: await store.getSettings(), release: (await store.getRelease()) ?? null, users, cases };
}

/** Counts of a snapshot, for the report. */
export function countSnapshot(s: StoreSnapshot): CopyCounts {
  const rounds = s.cases.flatMap((c) => c.rounds);
  return {
    users: s.users.length,
    apiTokens: s.users.reduce((n, u) => n + u.tokens.length, 0),
    cases: s.cases.length,
    members: s.cases.reduce((n, c) => n + c.members.length, 0),
    rounds: rounds.length,
    links: rounds.reduce((n, r) => n + r.links.length, 0),
    answerSets: rounds.reduce((n, r) => n + r.answers.length, 0),
    pairScoreSets: rounds.filter((r) => r.pairScores.length > 0).length,
    actions: s.cases.reduce((n, c) => n + c.actions.length, 0),
    deliveries: rounds.reduce((n, r) => n + r.deliveries.length, 0),
  };
}

/**
 * Copies users (with API tokens), settings, the aggregate release, cases, members, rounds, links, pair scores, answer sets, agreed actions and mail attempts from
 * `from` into `to`, keeping every listing's order; then reads `to` back and compares it with `from`. `to` must
 * be empty (no users, no cases). Sessions are not copied. Stop the servers on both sides first: a write made
 * during the copy may be missed.
 */
export async function copyStore(from: Store, to: Store): Promise<CopyCounts> {
  if ((await to.listUsers()).length > 0 || (await to.listCases()).length > 0) {
    throw new Error("The target store is not empty (it has users or cases); copy into a new folder or an empty database");
  }
  const source = await snapshotStore(from);
  await to.putSettings(source.settings);
  if (source.release) await to.putRelease(source.release);
  for (const { user, tokens } of source.users) {
    await to.putUser(user);
    for (const token of tokens) await to.putApiToken(token);
  }
  for (const c of source.cases) {
    await to.putCase(c.case);
    for (const m of c.members) await to.putMember(m);
    for (const r of c.rounds) {
      await to.putRound(r.round);
      for (const link of r.links) await to.putLink(link);
      if (r.pairScores.length > 0) await to.putPairScores(r.round.id, r.pairScores);
      // One after another, so the target lists them in the source's order.
      for (const a of r.answers) await to.putAnswer(a);
      for (const d of r.deliveries) await to.putDelivery(d);
    }
    for (const a of c.actions) await to.putAction(a);
  }
  const copied = await snapshotStore(to);
  const [want, got] = [JSON.stringify(source), JSON.stringify(copied)];
  if (want !== got) {
    const at = [...want].findIndex((ch, i) => ch !== got[i]);
    throw new Error(`The copy does not read back the same as the source (first difference near: ${want.slice(Math.max(0, at - 60), at + 60)})`);
  }
  return countSnapshot(source);
}
