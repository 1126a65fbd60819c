// Answer sets in PostgreSQL: one row per round and member, replaced by each save; a save resolves once committed.
import { AnswerSet } from "../../../domain/index.ts";
import { SerialQueues } from "../serial-queue.ts";
import type { Store } from "../types.ts";
import type { Db } from "./db.ts";
import { sqlState } from "./pool.ts";

type AnswerPart = Pick<Store, "putAnswer" | "getAnswer" | "listAnswers">;

/** The answer part of the Store over `db`; `drain` waits for the saves in flight. */
export function answerStore(db: Db): AnswerPart & { drain(): Promise<void> } {
  // Saves of one respondent leave this process in call order, so the latest call wins here as in the file store.
  const queues = new SerialQueues();
  return {
    putAnswer: async (input) => {
      const answer = AnswerSet.parse(input);
      await queues.run(`${answer.roundId}\n${answer.memberId}`, async () => {
        try {
          await db.rows(
            `insert into answers (round_id, member_id, data) values ($1, $2, $3)
             on conflict (round_id, member_id) do update set data = excluded.data, version = nextval('input_versions')`,
            [answer.roundId, answer.memberId, JSON.stringify(answer)],
          );
        } catch (err) {
          if (sqlState(err) === "23503") throw new Error(`Unknown round ${answer.roundId}`, { cause: err });
          throw err;
        }
      });
    },
    getAnswer: async (roundId, memberId) =>
      (await db.rows<{ data: AnswerSet }>("select data from answers where round_id = $1 and member_id = $2", [roundId, memberId]))[0]?.data,
    listAnswers: async (roundId) =>
      (await db.rows<{ data: AnswerSet }>("select data from answers where round_id = $1 order by seq", [roundId])).map((r) => r.data),
    drain: () => queues.drain(),
  };
}
