// A real OpenID provider (oidc-provider) on a free port for the single sign-on tests: test accounts, a login form, logout.
import { generateKeyPairSync } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type Configuration } from "oidc-provider";

export const CLIENT = { id: "laget-test", secret: "test-client-secret-9f8e7d6c5b4a" };

/** A person at the provider: `sub` plus whatever claims the provider releases. */
export interface Account {
  sub: string;
  [claim: string]: unknown;
}

export interface ProviderOptions {
  /** Laget's callback and post-logout addresses (registered for the test client). */
  redirectUri: string;
  postLogoutRedirectUri: string;
  /** Scope claims in the ID token itself (Entra ID style); false = only at userinfo (Feide style). Default true. */
  claimsInIdToken?: boolean;
  /** ID token lifetime in seconds (default 3600). */
  idTokenTtl?: number;
  /** Port to listen on (default: a free one). */
  port?: number;
}

export interface TestProvider {
  issuer: string;
  accounts: Map<string, Account>;
  /** When set, rewrites the ID token of each token response on its way out (an attacker on the wire). */
  tamper?: (idToken: string) => string;
  /** Every ID token and access token the provider issued, to check that none leaks. */
  issued: string[];
  provider: Provider;
  close(): Promise<void>;
}

/** The signing key of the provider (RS256). */
function signingKey() {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { ...privateKey.export({ format: "jwk" }), kid: "test-signing-key", use: "sig", alg: "RS256" };
}

/** The login form the provider shows: one field, the account's subject (the test accounts have no passwords). */
function loginForm(uid: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test provider – sign in</title></head><body><main>
<h1>Test provider</h1><form method="post" action="/interaction/${uid}"><label for="sub">User</label><input id="sub" name="sub" autocomplete="username"><button type="submit">Sign in</button></form>
</main></body></html>`;
}

async function readForm(req: AsyncIterable<unknown>): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

/** Starts the provider on 127.0.0.1 with a confidential test client that must use PKCE. */
export async function startProvider(options: ProviderOptions): Promise<TestProvider> {
  const server: Server = createServer();
  await new Promise<void>((ok) => server.listen(options.port ?? 0, "127.0.0.1", ok));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = new Map<string, Account>();

  const config: Configuration = {
    clients: [
      {
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
        redirect_uris: [options.redirectUri],
        post_logout_redirect_uris: [options.postLogoutRedirectUri],
        response_types: ["code"],
        grant_types: ["authorization_code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    pkce: { required: () => true },
    jwks: { keys: [signingKey()] },
    cookies: { keys: ["test-cookie-key-1"] },
    claims: {
      openid: ["sub"],
      email: ["email", "email_verified"],
      profile: ["name", "given_name", "family_name", "preferred_username"],
      groups: ["groups", "roles"],
      feide: ["https://n.feide.no/claims/eduPersonPrincipalName"],
    },
    conformIdTokenClaims: options.claimsInIdToken === false,
    ttl: { IdToken: options.idTokenTtl ?? 3600, AccessToken: 3600, AuthorizationCode: 60, Session: 3600, Interaction: 600, Grant: 3600 },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.body = `<!doctype html><html lang="en"><body>${form}<button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button></body></html>`;
        },
      },
    },
    findAccount: async (_ctx, id) => {
      const account = accounts.get(id);
      return account && { accountId: id, claims: async () => ({ ...account, sub: id }) };
    },
    // First-party client: consent is given for whatever it asks.
    loadExistingGrant: async (ctx) => {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId });
      grant.addOIDCScope(String(ctx.oidc.params?.scope ?? "openid"));
      await grant.save();
      return grant;
    },
  };
  const provider = new Provider(issuer, config);
  const handle: TestProvider = { issuer, accounts, issued: [], provider, close: async () => {} };

  provider.use(async (ctx, next) => {
    const m = /^\/interaction\/([\w-]+)$/.exec(ctx.path);
    if (!m) {
      await next();
      // Post-process token responses: remember what was issued, and let a test rewrite the ID token.
      const body = ctx.body as { id_token?: string; access_token?: string } | undefined;
      if (ctx.path === "/token" && body && typeof body === "object" && body.id_token) {
        if (body.access_token) handle.issued.push(body.access_token);
        handle.issued.push(body.id_token);
        if (handle.tamper) body.id_token = handle.tamper(body.id_token);
      }
      return;
    }
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    if (ctx.method === "GET") {
      ctx.type = "html";
      ctx.body = loginForm(details.uid);
      return;
    }
    const sub = (await readForm(ctx.req)).get("sub") ?? "";
    const result = accounts.has(sub)
      ? { login: { accountId: sub } }
      : { error: "access_denied", error_description: "unknown test user" };
    ctx.redirect(await provider.interactionResult(ctx.req, ctx.res, result, { mergeWithLastSubmission: false }));
  });

  server.on("request", provider.callback());
  handle.close = () =>
    new Promise<void>((ok) => {
      server.close(() => ok());
      server.closeAllConnections();
    });
  return handle;
}
