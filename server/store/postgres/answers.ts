// Answer sets in PostgreSQL: one row per round and member, replaced by each save; a save resolves once committed.
import type { AnswerSet } from "../../../domain/index.ts";
import { SerialQueues } from "../serial-queue.ts";
import type { Store } from "../types.ts";
import { batched } from "./batch.ts";
import type { Db } from "./db.ts";
import { sqlState } from "./pool.ts";

type AnswerPart = Pick<Store, "putAnswer" | "getAnswer" | "listAnswers">;

/** Answer sets as one json array (one text parameter: no per-character array escaping of 5 KB sets). */
const UPSERT = `insert into answers (round_id, member_id, data)
  select e->>'roundId', e->>'memberId', e from json_array_elements($1::json) as e
  on conflict (round_id, member_id) do update set data = excluded.data, version = nextval('input_versions')`;

/** The answer part of the Store over `db`; `drain` waits for the saves in flight. */
export function answerStore(db: Db): AnswerPart & { drain(): Promise<void> } {
  // Saves of one respondent leave this process in call order, so the latest call wins here as in the file store.
  const queues = new SerialQueues();
  const upsert = (sets: readonly AnswerSet[]) =>
    db.rows(UPSERT, [JSON.stringify(sets)]);
  /** Concurrent saves share one statement and one commit (group commit); each is acknowledged only after it. */
  const save = batched(async (sets: readonly AnswerSet[]) => {
    try {
      await upsert(sets);
      return sets.map(() => undefined as Error | undefined);
    } catch (err) {
      // One bad row (an unknown round) fails the statement: save them one by one, so each gets its own answer.
      if (sets.length === 1 || sqlState(err) !== "23503") throw err;
      return Promise.all(sets.map((a) => upsert([a]).then(() => undefined, (e: Error) => e)));
    }
  });
  const get = batched(async (keys: readonly { roundId: string; memberId: string }[]) => {
    const rows = await db.rows<{ round_id: string; member_id: string; data: string }>(
      "select round_id, member_id, data::text from answers where (round_id, member_id) in (select * from unnest($1::text[], $2::text[]))",
      [keys.map((k) => k.roundId), keys.map((k) => k.memberId)],
    );
    const found = new Map(rows.map((r) => [`${r.round_id}\n${r.member_id}`, r.data]));
    return keys.map((k) => {
      const text = found.get(`${k.roundId}\n${k.memberId}`);
      return text === undefined ? undefined : (JSON.parse(text) as AnswerSet);
    });
  });
  return {
    // Trusted as typed (see Store.putAnswer); the foreign key refuses an unknown round.
    putAnswer: async (answer) => {
      await queues.run(`${answer.roundId}\n${answer.memberId}`, async () => {
        const failed = await save(answer).catch((err: unknown) => err as Error);
        if (!failed) return;
        if (sqlState(failed) === "23503") throw new Error(`Unknown round ${answer.roundId}`, { cause: failed });
        throw failed;
      });
    },
    getAnswer: (roundId, memberId) => get({ roundId, memberId }),
    listAnswers: async (roundId) =>
      (await db.rows<{ data: AnswerSet }>("select data from answers where round_id = $1 order by seq", [roundId])).map((r) => r.data),
    drain: () => queues.drain(),
  };
}
