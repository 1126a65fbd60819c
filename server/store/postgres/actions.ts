// Agreed actions in PostgreSQL: one row per action, listed per case in the order first stored.
import { Action } from "../../../domain/index.ts";
import type { Store } from "../types.ts";
import type { Db } from "./db.ts";
import { sqlState } from "./pool.ts";

type ActionPart = Pick<Store, "listActions" | "putAction">;

/** The action part of the Store over `db`. */
export function actionStore(db: Db): ActionPart {
  return {
    listActions: async (caseId) =>
      (await db.rows<{ data: Action }>("select data from actions where case_id = $1 order by seq", [caseId])).map((r) => r.data),
    putAction: async (input) => {
      const a = Action.parse(input);
      // Written only when the round is the case's; an action never moves to another case or round.
      let written: unknown[];
      try {
        written = await db.rows(
          `insert into actions (id, case_id, round_id, data)
           select $1, $2, $3, $4 where exists (select 1 from rounds where id = $3 and case_id = $2)
           on conflict (id) do update set data = excluded.data
           where actions.case_id = excluded.case_id and actions.round_id = excluded.round_id
           returning id`,
          [a.id, a.caseId, a.roundId, JSON.stringify(a)],
        );
      } catch (err) {
        if (sqlState(err) === "23503") throw new Error(`Unknown case ${a.caseId}`, { cause: err });
        throw err;
      }
      if (written.length > 0) return;
      const known = await db.rows("select 1 from cases where id = $1", [a.caseId]);
      if (known.length === 0) throw new Error(`Unknown case ${a.caseId}`);
      const owner = await db.rows<{ case_id: string; round_id: string }>("select case_id, round_id from actions where id = $1", [a.id]);
      if (owner.length > 0) throw new Error(`Action ${a.id} belongs to round ${owner[0].round_id} of case ${owner[0].case_id}`);
      throw new Error(`Round ${a.roundId} is not a round of case ${a.caseId}`);
    },
  };
}
