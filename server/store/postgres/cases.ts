// Cases, members, rounds, links and imported pair scores in PostgreSQL; deletes cascade along the foreign keys (a member's links and mail attempts go with it).
import { Case, Link, Member, PairScore, Round } from "../../../domain/index.ts";
import type { Store } from "../types.ts";
import { batched, groupBy } from "./batch.ts";
import type { Db } from "./db.ts";
import { sqlState } from "./pool.ts";

type CasePart = Pick<
  Store,
  | "listCases" | "getCase" | "putCase" | "deleteCase" | "listMembers" | "putMember" | "deleteMember"
  | "listRounds" | "getRound" | "putRound" | "deleteRound" | "putLink" | "getLinkByHash" | "listLinks"
  | "putPairScores" | "getPairScores"
>;

type DataRow<T> = { data: T };
const data = <T>(rows: DataRow<T>[]): T[] => rows.map((r) => r.data);

/** Runs a write whose foreign key names a parent row; a missing parent becomes `Unknown <what> <id>`. */
async function withParent<T>(what: string, id: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (sqlState(err) === "23503") throw new Error(`Unknown ${what} ${id}`, { cause: err });
    throw err;
  }
}

/** The case part of the Store over `db`. The reads a respondent's save makes are batched (see batch.ts). */
export function caseStore(db: Db): CasePart {
  // Rows come as json text and each caller parses its own copy (two callers of one key never share an object).
  const byKey = <T>(sql: string) =>
    batched(async (keys: readonly string[]) => {
      const found = new Map((await db.rows<{ key: string; data: string }>(sql, [keys])).map((r) => [r.key, r.data]));
      return keys.map((k) => {
        const text = found.get(k);
        return text === undefined ? undefined : (JSON.parse(text) as T);
      });
    });
  const listedBy = <T>(sql: string) =>
    batched(async (keys: readonly string[]) =>
      groupBy(keys, await db.rows<{ key: string; data: string }>(sql, [keys]), (r) => r.key, (r) => r.data).map((list) =>
        list.map((text) => JSON.parse(text) as T),
      ),
    );
  const roundById = byKey<Round>("select id as key, data::text from rounds where id = any($1::text[])");
  const linkByHash = byKey<Link>("select token_hash as key, data::text from links where token_hash = any($1::text[])");
  const membersOf = listedBy<Member>("select case_id as key, data::text from members where case_id = any($1::text[]) order by seq");
  const linksOf = listedBy<Link>("select round_id as key, data::text from links where round_id = any($1::text[]) order by seq");
  return {
    listCases: async () => data(await db.rows<DataRow<Case>>("select data from cases order by seq")),
    getCase: async (id) => data(await db.rows<DataRow<Case>>("select data from cases where id = $1", [id]))[0],
    putCase: async (input) => {
      const c = Case.parse(input);
      await db.rows("insert into cases (id, data) values ($1, $2) on conflict (id) do update set data = excluded.data", [c.id, JSON.stringify(c)]);
    },
    deleteCase: async (id) => {
      // One transaction: the rate-limit counters keyed by one of its links' hashes ("survey-write:w:<hash>"), then the
      // case, whose members, rounds, links, answers, pair scores and derived results go with it along the foreign keys.
      await db.tx(async (q) => {
        await q.rows(
          `delete from rate_counters where right(key, 64) in
             (select l.token_hash from links l join rounds r on r.id = l.round_id where r.case_id = $1)`,
          [id],
        );
        await q.rows("delete from cases where id = $1", [id]);
      });
    },

    listMembers: (caseId) => membersOf(caseId),
    putMember: async (input) => {
      const m = Member.parse(input);
      await withParent("case", m.caseId, () =>
        db.rows(
          `with touched as (update rounds set inputs_version = nextval('input_versions') where case_id = $1)
           insert into members (case_id, id, data) values ($1, $2, $3)
           on conflict (case_id, id) do update set data = excluded.data, seq = default`,
          [m.caseId, m.id, JSON.stringify(m)],
        ),
      );
    },
    deleteMember: async (caseId, memberId) => {
      await db.tx(async (q) => {
        await q.rows("delete from members where case_id = $1 and id = $2", [caseId, memberId]);
        await q.rows("update rounds set inputs_version = nextval('input_versions') where case_id = $1", [caseId]);
        await q.rows("delete from links where member_id = $2 and round_id in (select id from rounds where case_id = $1)", [caseId, memberId]);
        await q.rows("delete from deliveries where member_id = $2 and round_id in (select id from rounds where case_id = $1)", [caseId, memberId]);
      });
    },

    listRounds: async (caseId) => data(await db.rows<DataRow<Round>>("select data from rounds where case_id = $1 order by seq", [caseId])),
    getRound: (id) => roundById(id),
    putRound: async (input) => {
      const r = Round.parse(input);
      // A round never moves to another case: the update applies only when the stored round has the same case.
      const written = await withParent("case", r.caseId, () =>
        db.rows(
          `insert into rounds (id, case_id, data) values ($1, $2, $3)
           on conflict (id) do update set data = excluded.data, seq = default, inputs_version = default
           where rounds.case_id = excluded.case_id
           returning id`,
          [r.id, r.caseId, JSON.stringify(r)],
        ),
      );
      if (written.length === 0) {
        const owner = await db.rows<{ case_id: string }>("select case_id from rounds where id = $1", [r.id]);
        throw new Error(`Round ${r.id} belongs to case ${owner[0]?.case_id ?? "another case"}`);
      }
    },
    deleteRound: async (id) => {
      await db.rows("delete from rounds where id = $1", [id]);
    },

    putLink: async (input) => {
      const link = Link.parse(input);
      // One row per (round, member): the new hash replaces the old one in the same statement.
      await withParent("round", link.roundId, () =>
        db.rows(
          `insert into links (round_id, member_id, token_hash, data) values ($1, $2, $3, $4)
           on conflict (round_id, member_id) do update set token_hash = excluded.token_hash, data = excluded.data, seq = default`,
          [link.roundId, link.memberId, link.tokenHash, JSON.stringify(link)],
        ),
      );
    },
    getLinkByHash: (hash) => linkByHash(hash),
    listLinks: (roundId) => linksOf(roundId),

    putPairScores: async (roundId, input) => {
      const scores = PairScore.array().parse(input);
      await withParent("round", roundId, () =>
        db.rows(
          `with touched as (update rounds set inputs_version = nextval('input_versions') where id = $1)
           insert into pair_scores (round_id, scores) values ($1, $2) on conflict (round_id) do update set scores = excluded.scores`,
          [roundId, JSON.stringify(scores)],
        ),
      );
    },
    getPairScores: async (roundId) =>
      (await db.rows<{ scores: PairScore[] }>("select scores from pair_scores where round_id = $1", [roundId]))[0]?.scores ?? [],
  };
}
