// Store.snapshot on PostgreSQL: one REPEATABLE READ, READ ONLY transaction, so every read sees the same committed state.
import type pg from "pg";
import type { Action, AnswerSet, ApiToken, Case, Delivery, Link, Member, PairScore, Round, Settings, User } from "../../../domain/index.ts";
import { DEFAULT_SETTINGS } from "../../../domain/index.ts";
import { storedRelease } from "../../../domain/release-check.ts";
import { deepFreeze } from "../clone.ts";
import type { SnapshotCase, StoreSnapshot } from "../snapshot.ts";
import { mapError } from "./pool.ts";

/** Cases read per round trip while the snapshot is iterated. */
const CASES_PER_READ = 50;

/**
 * Takes a connection from `pool` and starts the snapshot's transaction: it sees exactly what was committed when it
 * began, while other connections keep writing. It may stay open as long as the reader needs (the pool's idle limit is
 * lifted for it alone) and ends with `release()`. While open, its forced release is in `held`, so closing the store can
 * end a snapshot its reader abandoned (the pool could not end while a connection is still taken).
 */
export async function postgresSnapshot(pool: pg.Pool, held: Set<() => Promise<void>>): Promise<StoreSnapshot> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (err) {
    return mapError(err);
  }
  const rows = async <R extends pg.QueryResultRow>(sql: string, params?: unknown[]) => {
    try {
      return (await client.query<R>(sql, params)).rows;
    } catch (err) {
      return mapError(err);
    }
  };
  let released = false;
  const release = async (broken = false) => {
    if (released) return;
    released = true;
    held.delete(abandon);
    if (!broken) await client.query("commit").catch(() => (broken = true));
    client.release(broken);
  };
  const abandon = () => release(true);
  held.add(abandon);
  try {
    await rows("begin isolation level repeatable read read only");
    await rows("set local idle_in_transaction_session_timeout = 0");
    const data = async <T>(sql: string, params?: unknown[]) => (await rows<{ data: T }>(sql, params)).map((r) => r.data);
    const users = await data<User>("select data from users order by seq");
    const apiTokens = await data<ApiToken>("select data from api_tokens order by seq");
    const settings = (await data<Settings>("select data from settings"))[0] ?? { ...DEFAULT_SETTINGS };
    const [releaseDoc] = await data<unknown>("select data from aggregate_release");
    const aggregateRelease = releaseDoc === undefined ? undefined : deepFreeze(storedRelease(releaseDoc));
    const cases = await data<Case>("select data from cases order by seq");
    return {
      users, apiTokens, settings, aggregateRelease, caseCount: cases.length,
      async *cases() {
        for (let i = 0; i < cases.length; i += CASES_PER_READ) {
          for (const c of await readCases(rows, cases.slice(i, i + CASES_PER_READ))) yield c;
        }
      },
      release: () => release(),
    };
  } catch (err) {
    await release(true);
    throw err;
  }
}

type Rows = <R extends pg.QueryResultRow>(sql: string, params?: unknown[]) => Promise<R[]>;

/** Members, rounds, links, pair scores, actions, mail attempts and answers of `cases`, in the store's listing order. */
async function readCases(rows: Rows, cases: Case[]): Promise<SnapshotCase[]> {
  const ids = cases.map((c) => c.id);
  const grouped = async <T>(sql: string) => {
    const out = new Map<string, T[]>();
    for (const r of await rows<{ key: string; data: T }>(sql, [ids])) {
      const list = out.get(r.key);
      if (list) list.push(r.data);
      else out.set(r.key, [r.data]);
    }
    return out;
  };
  const members = await grouped<Member>("select case_id as key, data from members where case_id = any($1) order by seq");
  const rounds = await grouped<Round>("select case_id as key, data from rounds where case_id = any($1) order by seq");
  const links = await grouped<Link>("select r.case_id as key, l.data from links l join rounds r on r.id = l.round_id where r.case_id = any($1) order by l.seq");
  const actions = await grouped<Action>("select case_id as key, data from actions where case_id = any($1) order by seq");
  const deliveries = await grouped<Delivery>("select r.case_id as key, d.data from deliveries d join rounds r on r.id = d.round_id where r.case_id = any($1) order by d.seq");
  const answers = await grouped<AnswerSet>("select r.case_id as key, a.data from answers a join rounds r on r.id = a.round_id where r.case_id = any($1) order by a.seq");
  const scores = await rows<{ key: string; round_id: string; scores: PairScore[] }>(
    "select r.case_id as key, p.round_id, p.scores from pair_scores p join rounds r on r.id = p.round_id where r.case_id = any($1)",
    [ids],
  );
  return cases.map((c) => ({
    case: c,
    members: members.get(c.id) ?? [],
    rounds: rounds.get(c.id) ?? [],
    links: links.get(c.id) ?? [],
    pairScores: Object.fromEntries(scores.filter((s) => s.key === c.id).map((s) => [s.round_id, s.scores])),
    actions: actions.get(c.id) ?? [],
    ...(deliveries.has(c.id) ? { deliveries: deliveries.get(c.id)! } : {}),
    answers: answers.get(c.id) ?? [],
  }));
}
