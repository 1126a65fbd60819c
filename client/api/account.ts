// The workspace's calls for the audit log, the user's own account (password, API tokens) and an admin's view of a user's tokens.
import type { InferRequestType } from "hono/client";
import { client } from "./client.ts";
import { data, done } from "./http.ts";

const audit = client.api.audit;
const account = client.api.account;
const users = client.api.users;

/** The audit log's filters as the workspace sends them (empty values are left out). */
export type AuditFilterQuery = Omit<InferRequestType<typeof audit.$get>["query"], "before" | "limit">;

/** The query without empty values (an empty filter means "all"). */
function compact<Q extends object>(q: Q): Partial<Q> {
  return Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined && v !== "")) as Partial<Q>;
}

export const AccountApi = {
  /** One page of the log, newest first; `before` is the `next` of the page before. */
  audit: (filter: AuditFilterQuery, before?: number | null) =>
    data(audit.$get({ query: { ...compact(filter), ...(before ? { before: String(before) } : {}), limit: "50" } })),
  /** Download link of the filtered log (oldest first) as CSV or JSON. */
  auditExportUrl: (filter: AuditFilterQuery, format: "csv" | "json") =>
    `/api/audit/export?${new URLSearchParams({ ...(compact(filter) as Record<string, string>), format }).toString()}`,

  changePassword: (currentPassword: string, newPassword: string) => data(account.password.$put({ json: { currentPassword, newPassword } })),
  tokens: async () => (await data(account.tokens.$get())).tokens,
  createToken: (name: string, expiresInDays: number) => data(account.tokens.$post({ json: { name, expiresInDays } })),
  revokeToken: (tokenId: string) => done(account.tokens[":tokenId"].$delete({ param: { tokenId } })),

  userTokens: async (id: string) => (await data(users[":id"].tokens.$get({ param: { id } }))).tokens,
  revokeUserToken: (id: string, tokenId: string) => done(users[":id"].tokens[":tokenId"].$delete({ param: { id, tokenId } })),
  deleteUser: (id: string) => done(users[":id"].$delete({ param: { id } })),
};

export type ApiTokenView = Awaited<ReturnType<typeof AccountApi.tokens>>[number];
export type AuditPage = Awaited<ReturnType<typeof AccountApi.audit>>;
