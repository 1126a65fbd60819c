// API tokens for scripts: a random bearer token for a user, shown once; only its SHA-256 hash is stored.
import { ApiToken, invalidInput, notFound } from "../../../domain/index.ts";
import { generateToken, hashToken, newId } from "../../security/tokens.ts";
import type { ServiceContext } from "../context.ts";

/** Creates a token for the user with this e-mail; the raw token is returned once and never stored. */
export async function createApiToken(ctx: Pick<ServiceContext, "store" | "now">, email: string, name: string): Promise<{ token: string; record: ApiToken }> {
  const user = await ctx.store.getUserByEmail(email);
  if (!user) throw notFound(`User ${email}`);
  const token = generateToken();
  const parsed = ApiToken.safeParse({ id: newId(), userId: user.id, name, tokenHash: hashToken(token), createdAt: ctx.now().toISOString() });
  if (!parsed.success) throw invalidInput(parsed.error, "The token is not valid");
  await ctx.store.putApiToken(parsed.data);
  return { token, record: parsed.data };
}
