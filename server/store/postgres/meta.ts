// Users, sessions, API tokens and settings in PostgreSQL (tables users, sessions, api_tokens, settings).
import { ApiToken, DEFAULT_SETTINGS, Session, Settings, User } from "../../../domain/index.ts";
import type { Store } from "../types.ts";
import type { Db } from "./db.ts";
import { sqlState } from "./pool.ts";

type MetaPart = Pick<
  Store,
  | "listUsers" | "getUser" | "getUserByEmail" | "putUser" | "putSession" | "getSession" | "deleteSession"
  | "putApiToken" | "getApiTokenByHash" | "listApiTokens" | "deleteApiToken" | "getSettings" | "putSettings"
>;

type DataRow<T> = { data: T };
const first = <T>(rows: DataRow<T>[]): T | undefined => rows[0]?.data;

/** The meta part of the Store over `db`. */
export function metaStore(db: Db): MetaPart {
  return {
    listUsers: async () => (await db.rows<DataRow<User>>("select data from users order by seq")).map((r) => r.data),
    getUser: async (id) => first(await db.rows<DataRow<User>>("select data from users where id = $1", [id])),
    getUserByEmail: async (email) =>
      first(await db.rows<DataRow<User>>("select data from users where email = $1", [email.trim().toLowerCase()])),
    putUser: async (input) => {
      const user = User.parse(input);
      try {
        await db.rows(
          `insert into users (id, email, data) values ($1, $2, $3)
           on conflict (id) do update set email = excluded.email, data = excluded.data, seq = default`,
          [user.id, user.email, JSON.stringify(user)],
        );
      } catch (err) {
        if (sqlState(err) === "23505") throw new Error(`E-mail ${user.email} belongs to another user`, { cause: err });
        throw err;
      }
    },

    putSession: async (input) => {
      const session = Session.parse(input);
      // Expired sessions are pruned by the caller's clock (the new session's creation time), as in the file store.
      await db.tx(async (q) => {
        await q.rows("delete from sessions where expires_at <= $1", [session.createdAt]);
        await q.rows(
          `insert into sessions (id_hash, user_id, expires_at, data) values ($1, $2, $3, $4)
           on conflict (id_hash) do update set user_id = excluded.user_id, expires_at = excluded.expires_at, data = excluded.data`,
          [session.idHash, session.userId, session.expiresAt, JSON.stringify(session)],
        );
      });
    },
    getSession: async (idHash) => first(await db.rows<DataRow<Session>>("select data from sessions where id_hash = $1", [idHash])),
    deleteSession: async (idHash) => {
      await db.rows("delete from sessions where id_hash = $1", [idHash]);
    },

    putApiToken: async (input) => {
      const token = ApiToken.parse(input);
      await db.rows(
        `insert into api_tokens (id, token_hash, user_id, data) values ($1, $2, $3, $4)
         on conflict (id) do update set token_hash = excluded.token_hash, user_id = excluded.user_id, data = excluded.data, seq = default`,
        [token.id, token.tokenHash, token.userId, JSON.stringify(token)],
      );
    },
    getApiTokenByHash: async (hash) =>
      first(await db.rows<DataRow<ApiToken>>("select data from api_tokens where token_hash = $1", [hash])),
    listApiTokens: async (userId) =>
      (await db.rows<DataRow<ApiToken>>("select data from api_tokens where user_id = $1 order by seq", [userId])).map((r) => r.data),
    deleteApiToken: async (id) => {
      await db.rows("delete from api_tokens where id = $1", [id]);
    },

    getSettings: async () => {
      const stored = first(await db.rows<DataRow<unknown>>("select data from settings"));
      return stored === undefined ? { ...DEFAULT_SETTINGS } : Settings.parse(stored);
    },
    putSettings: async (input) => {
      const settings = Settings.parse(input);
      await db.rows("insert into settings (data) values ($1) on conflict (id) do update set data = excluded.data", [JSON.stringify(settings)]);
    },
  };
}
