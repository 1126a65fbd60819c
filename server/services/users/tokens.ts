// API tokens for scripts: a random bearer token, shown once (only its SHA-256 is stored), that expires; listed and revoked by id.
import { ApiToken, invalid, invalidInput, notFound, type ApiTokenView, type TokenCreate, type User } from "../../../domain/index.ts";
import { DEFAULT_API_TOKEN_DAYS } from "../../deps.ts";
import { generateToken, hashToken, newId } from "../../security/tokens.ts";
import { personOf, recordAudit, type AuditSource } from "../audit/record.ts";
import type { ServiceContext } from "../context.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Token lifetime in days: the default at creation and the most anyone may ask for. */
export type TokenDays = { default: number; max: number };

/** When a token stops working; a token stored before expiry existed ends the default lifetime after its creation. */
export function tokenExpiresAt(token: Pick<ApiToken, "createdAt" | "expiresAt">): string {
  return token.expiresAt ?? new Date(Date.parse(token.createdAt) + DEFAULT_API_TOKEN_DAYS.default * DAY_MS).toISOString();
}

/** Whether the token has expired at `now`. */
export const tokenExpired = (token: Pick<ApiToken, "createdAt" | "expiresAt">, now: Date) => Date.parse(tokenExpiresAt(token)) <= now.getTime();

/** What the API shows of a token: never its hash. */
export function tokenView(token: ApiToken, now: Date): ApiTokenView {
  return { id: token.id, userId: token.userId, name: token.name, createdAt: token.createdAt, expiresAt: tokenExpiresAt(token), expired: tokenExpired(token, now) };
}

/**
 * Creates a token for `user` that lives `expiresInDays` (default `days.default`, at most `days.max`); the raw
 * token is returned once and never stored. Records `token.create` when `source` is given.
 */
export async function createApiToken(
  ctx: Pick<ServiceContext, "store" | "now">,
  user: User,
  input: TokenCreate,
  days: TokenDays = DEFAULT_API_TOKEN_DAYS,
  source?: AuditSource,
): Promise<{ token: string; view: ApiTokenView }> {
  const lifetime = input.expiresInDays ?? days.default;
  if (lifetime > days.max) {
    throw invalid("token_lifetime", `An API token may live at most ${days.max} days`, [{ path: "expiresInDays", message: `at most ${days.max}` }]);
  }
  const now = ctx.now();
  const token = generateToken();
  const parsed = ApiToken.safeParse({
    id: newId(), userId: user.id, name: input.name, tokenHash: hashToken(token),
    createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + lifetime * DAY_MS).toISOString(),
  });
  if (!parsed.success) throw invalidInput(parsed.error, "The token is not valid");
  await ctx.store.putApiToken(parsed.data);
  if (source) {
    await recordAudit(ctx, source, { action: "token.create", target: personOf(user), detail: { tokenId: parsed.data.id, name: input.name, expiresAt: parsed.data.expiresAt! } });
  }
  return { token, view: tokenView(parsed.data, now) };
}

/** The user with this e-mail, for tools that name users by e-mail (the CLI). */
export async function userByEmail(ctx: Pick<ServiceContext, "store">, email: string): Promise<User> {
  const user = await ctx.store.getUserByEmail(email);
  if (!user) throw notFound(`User ${email}`);
  return user;
}

/** The user's tokens, oldest first. */
export async function listApiTokens(ctx: Pick<ServiceContext, "store" | "now">, userId: string): Promise<ApiTokenView[]> {
  const now = ctx.now();
  return (await ctx.store.listApiTokens(userId)).sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((t) => tokenView(t, now));
}

/** Revokes one of `owner`'s tokens (404 when it is not theirs) and records `token.revoke`. */
export async function revokeApiToken(ctx: Pick<ServiceContext, "store" | "now">, owner: User, tokenId: string, source: AuditSource): Promise<void> {
  const token = (await ctx.store.listApiTokens(owner.id)).find((t) => t.id === tokenId);
  if (!token) throw notFound("API token");
  await ctx.store.deleteApiToken(token.id);
  await recordAudit(ctx, source, { action: "token.revoke", target: personOf(owner), detail: { tokenId: token.id, name: token.name } });
}
