// Account changes in PostgreSQL: a session's last use, and ending or deleting a user's access in one transaction.
import { User } from "../../../domain/index.ts";
import type { EndedAccess, Store } from "../types.ts";
import type { Db, Tx } from "./db.ts";
import { sqlState } from "./pool.ts";

type AccountPart = Pick<Store, "touchSession" | "endUserAccess" | "deleteUser">;
type Count = { n: number };

/** Deletes the user's sessions (but `keep`) and API tokens; answers how many. */
async function endAccess(q: Tx, userId: string, keep: string | null): Promise<EndedAccess> {
  const [s] = await q.rows<Count>(
    "with d as (delete from sessions where user_id = $1 and id_hash is distinct from $2 returning 1) select count(*)::int as n from d",
    [userId, keep],
  );
  const [t] = await q.rows<Count>("with d as (delete from api_tokens where user_id = $1 returning 1) select count(*)::int as n from d", [userId]);
  return { sessions: s.n, apiTokens: t.n };
}

/** The account part of the Store over `db`. */
export function accountStore(db: Db): AccountPart {
  return {
    touchSession: async (idHash, at) => {
      await db.rows(
        "update sessions set data = (data::jsonb || jsonb_build_object('lastSeenAt', $2::text))::json where id_hash = $1",
        [idHash, at],
      );
    },
    endUserAccess: async (userId, options = {}) => {
      const user = options.user && User.parse(options.user);
      if (user && user.id !== userId) throw new Error(`User ${user.id} is not ${userId}`);
      try {
        return await db.tx(async (q) => {
          if (user) {
            await q.rows(
              `insert into users (id, email, data) values ($1, $2, $3)
               on conflict (id) do update set email = excluded.email, data = excluded.data, seq = default`,
              [user.id, user.email, JSON.stringify(user)],
            );
          }
          return endAccess(q, userId, options.keepSession ?? null);
        });
      } catch (err) {
        if (user && sqlState(err) === "23505") throw new Error(`E-mail ${user.email} belongs to another user`, { cause: err });
        throw err;
      }
    },
    deleteUser: (id) =>
      db.tx(async (q) => {
        const gone = await q.rows("delete from users where id = $1 returning id", [id]);
        if (gone.length === 0) return { sessions: 0, apiTokens: 0 };
        return endAccess(q, id, null);
      }),
  };
}
