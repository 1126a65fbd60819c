// Mail attempts in PostgreSQL: one row per attempt, the newest failed ones kept per round and member.
import { Delivery } from "../../../domain/index.ts";
import { MAX_FAILED_DELIVERIES, type Store } from "../types.ts";
import type { Db } from "./db.ts";
import { sqlState } from "./pool.ts";

type DeliveryPart = Pick<Store, "putDelivery" | "listDeliveries">;

/** Inserts the attempt and, in the same statement's transaction, drops the round's and member's oldest failed ones beyond the cap. */
const INSERT = `insert into deliveries (id, round_id, member_id, status, data) values ($1, $2, $3, $4, $5)
  on conflict (id) do update set round_id = excluded.round_id, member_id = excluded.member_id, status = excluded.status, data = excluded.data`;
const TRIM = `delete from deliveries where id in (
    select id from deliveries where round_id = $1 and member_id = $2 and status = 'failed'
    order by seq desc offset $3)`;

/** The delivery part of the Store over `db`. */
export function deliveryStore(db: Db): DeliveryPart {
  return {
    putDelivery: async (input) => {
      const d = Delivery.parse(input);
      try {
        await db.tx(async (q) => {
          await q.rows(INSERT, [d.id, d.roundId, d.memberId, d.status, JSON.stringify(d)]);
          if (d.status === "failed") await q.rows(TRIM, [d.roundId, d.memberId, MAX_FAILED_DELIVERIES]);
        });
      } catch (err) {
        if (sqlState(err) === "23503") throw new Error(`Unknown round ${d.roundId}`, { cause: err });
        throw err;
      }
    },
    listDeliveries: async (roundId) =>
      (await db.rows<{ data: Delivery }>("select data from deliveries where round_id = $1 order by seq", [roundId])).map((r) => r.data),
  };
}
