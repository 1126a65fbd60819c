// Values derived per round (e.g. its role-level analysis) stored in round_results and served while the round's data is unchanged.
import type { AnswerSet, Member, PairScore, Round } from "../../../domain/index.ts";
import type { Store } from "../types.ts";
import type { Db } from "./db.ts";

/** Rounds whose inputs are fetched and derived together. */
const CHUNK = 250;
/** Stored values older than this are deleted (derived again when asked for); bounds the rows of keys no longer used. */
const KEEP_DAYS = 90;

/** The current input version of each round: "<inputs_version>.<sum of its answers' versions>" (see migration 0002). */
const VERSION = "r.inputs_version::text || '.' || coalesce((select sum(a.version) from answers a where a.round_id = r.id), 0)::text";
const VERSIONS = `select r.id, ${VERSION} as version from rounds r where r.id = any($1::text[])`;
/**
 * The values stored under $2 for the rounds $1 whose version is still current: each round's answer versions summed
 * once (an index-only scan of answers_round_version per round), which is about a sixth cheaper than joining VERSIONS.
 */
const STORED = `select rr.round_id, rr.value from round_results rr join rounds r on r.id = rr.round_id
  cross join lateral (select coalesce(sum(a.version), 0) as s from answers a where a.round_id = r.id) v
  where rr.key = $2 and r.id = any($1::text[]) and rr.version = r.inputs_version::text || '.' || v.s::text`;
/** Rounds with their versions, read in one statement so the round and its version belong together. */
const ROUNDS = `select r.id, r.case_id, r.data, ${VERSION} as version from rounds r where r.id = any($1::text[])`;

type Derive = NonNullable<Store["derivePerRound"]>;

/**
 * A Store that answers the reads of one chunk's analysis (members, answers, pair scores of those rounds) from
 * data fetched in three statements; every other read goes to `store`.
 */
async function chunkReader(db: Db, store: Store, rounds: { id: string; case_id: string }[]): Promise<Store> {
  const roundIds = rounds.map((r) => r.id);
  const caseIds = [...new Set(rounds.map((r) => r.case_id))];
  const [members, answers, scores] = await Promise.all([
    db.rows<{ case_id: string; data: Member }>("select case_id, data from members where case_id = any($1::text[]) order by seq", [caseIds]),
    db.rows<{ round_id: string; data: AnswerSet }>("select round_id, data from answers where round_id = any($1::text[]) order by seq", [roundIds]),
    db.rows<{ round_id: string; scores: PairScore[] }>("select round_id, scores from pair_scores where round_id = any($1::text[])", [roundIds]),
  ]);
  const group = <V>(rows: { key: string; value: V }[]) => {
    const map = new Map<string, V[]>();
    for (const { key, value } of rows) {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    }
    return map;
  };
  const membersOf = group(members.map((r) => ({ key: r.case_id, value: r.data })));
  const answersOf = group(answers.map((r) => ({ key: r.round_id, value: r.data })));
  const scoresOf = new Map(scores.map((r) => [r.round_id, r.scores]));
  const [inCases, inRounds] = [new Set(caseIds), new Set(roundIds)];
  return {
    ...store,
    listMembers: async (caseId) => (inCases.has(caseId) ? membersOf.get(caseId) ?? [] : store.listMembers(caseId)),
    listAnswers: async (roundId) => (inRounds.has(roundId) ? answersOf.get(roundId) ?? [] : store.listAnswers(roundId)),
    getPairScores: async (roundId) => (inRounds.has(roundId) ? scoresOf.get(roundId) ?? [] : store.getPairScores(roundId)),
  };
}

/** The derivePerRound and listRoundsOfCases parts of the Store over `db`; `store` is the whole store (for the reader). */
export function derivedStore(db: Db, store: () => Store): Pick<Required<Store>, "derivePerRound" | "listRoundsOfCases"> {
  let lastSweep = 0;
  const derivePerRound: Derive = async <T>(key: string, rounds: Round[], compute: (round: Round, reader: Store) => Promise<T>) => {
    const out = new Map<string, T>();
    const ids = [...new Set(rounds.map((r) => r.id))];
    if (Date.now() - lastSweep > 3_600_000) {
      lastSweep = Date.now();
      await db.rows(`delete from round_results where created_at < now() - interval '${KEEP_DAYS} days'`);
    }
    const stored = await db.rows<{ round_id: string; value: T }>(STORED, [ids, key]);
    for (const r of stored) out.set(r.round_id, r.value);
    const missing = ids.filter((id) => !out.has(id));
    for (let i = 0; i < missing.length; i += CHUNK) {
      // Versions first, then the data: a write in between makes the version stale, so the value is not kept.
      const current = await db.rows<{ id: string; case_id: string; data: Round; version: string }>(ROUNDS, [missing.slice(i, i + CHUNK)]);
      const reader = await chunkReader(db, store(), current);
      const fresh: { id: string; version: string; value: T }[] = [];
      for (const v of current) {
        // The round as stored with this version (the caller's copy may be older); a round deleted meanwhile is left out.
        const value = await compute(v.data, reader);
        out.set(v.id, value);
        fresh.push({ id: v.id, version: v.version, value });
      }
      if (fresh.length === 0) continue;
      // Kept only where the round's version is still the one read before its data.
      await db.rows(
        `insert into round_results (round_id, key, version, value)
         select f->>'id', $2, f->>'version', f->'value' from json_array_elements($3::json) as f
         join (${VERSIONS}) v on v.id = f->>'id' and v.version = f->>'version'
         on conflict (round_id, key) do update set version = excluded.version, value = excluded.value, created_at = now()`,
        [fresh.map((f) => f.id), key, JSON.stringify(fresh)],
      );
    }
    return out;
  };
  return {
    derivePerRound,
    listRoundsOfCases: async (caseIds) =>
      (await db.rows<{ data: Round }>("select data from rounds where case_id = any($1::text[]) order by case_id, seq", [caseIds])).map((r) => r.data),
  };
}
