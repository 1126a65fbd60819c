// The OpenID Connect relying party on openid-client: discovery (cached), authorization URL, code exchange, end-session URL.
import * as oidc from "openid-client";
import type { PendingLogin } from "./pending.ts";
import { classifyFailure, ssoRefusal } from "./failure.ts";
import type { OidcSettings } from "./settings.ts";

/** What a finished login yields: the verified claims (ID token, plus userinfo when enabled) and the raw ID token. */
export interface LoginResult {
  issuer: string;
  subject: string;
  claims: Record<string, unknown>;
  idToken: string;
}

/** Seconds the provider may take per request (discovery, token, userinfo). */
const TIMEOUT_SECONDS = 10;

/**
 * One provider. Discovery runs on the first login and is kept; a failed discovery is retried on the next login.
 * Each exchange gets its own Configuration whose clock follows the app's injected clock (so tests can move time),
 * sharing the discovered metadata and the provider's key cache.
 */
export class OidcClient {
  private discovered: Promise<oidc.Configuration> | undefined;
  private jwks: oidc.ExportedJWKSCache | undefined;

  constructor(
    readonly settings: OidcSettings,
    private readonly now: () => Date,
  ) {}

  /** Plain http is allowed only for a provider on this machine (settings.ts refuses it otherwise). */
  private get insecure(): boolean {
    return new URL(this.settings.issuer).protocol === "http:";
  }

  private discover(): Promise<oidc.Configuration> {
    this.discovered ??= oidc
      .discovery(new URL(this.settings.issuer), this.settings.clientId, this.settings.clientSecret, oidc.ClientSecretBasic(this.settings.clientSecret), {
        timeout: TIMEOUT_SECONDS,
        execute: this.insecure ? [oidc.allowInsecureRequests] : [],
      })
      .catch((err: unknown) => {
        this.discovered = undefined;
        throw ssoRefusal("provider_unavailable", `discovery: ${(err as { code?: string }).code ?? (err as Error).name}`);
      });
    return this.discovered;
  }

  /** A Configuration for one request, its clock skew taken from the injected clock. */
  private async configuration(): Promise<oidc.Configuration> {
    const base = await this.discover();
    const skew = Math.round((this.now().getTime() - Date.now()) / 1000);
    const config = new oidc.Configuration(
      base.serverMetadata(),
      this.settings.clientId,
      { client_secret: this.settings.clientSecret, [oidc.clockSkew]: skew },
      oidc.ClientSecretBasic(this.settings.clientSecret),
    );
    config.timeout = TIMEOUT_SECONDS;
    if (this.insecure) oidc.allowInsecureRequests(config);
    // Verify the ID token's signature against the provider's keys too, not only trust the TLS connection it came over
    // (a TLS-inspecting proxy or a compromised hop must not be able to change claims).
    oidc.enableNonRepudiationChecks(config);
    if (this.jwks) oidc.setJwksCache(config, this.jwks);
    return config;
  }

  /** The provider's authorization URL for a new login (code flow, PKCE S256, state, nonce). */
  async authorizationUrl(login: Pick<PendingLogin, "state" | "nonce" | "codeVerifier">): Promise<URL> {
    const config = await this.configuration();
    return oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUri,
      response_type: "code",
      scope: this.settings.scopes,
      state: login.state,
      nonce: login.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(login.codeVerifier),
      code_challenge_method: "S256",
    });
  }

  /**
   * Checks the authorization response (state), exchanges the code (PKCE verifier) and verifies the ID token
   * (signature, issuer, audience, expiry, nonce). Throws SsoFailure with a reason, never with a token in it.
   */
  async finish(query: URLSearchParams, login: PendingLogin): Promise<LoginResult> {
    const config = await this.configuration();
    const current = new URL(this.settings.redirectUri);
    current.search = query.toString();
    try {
      const tokens = await oidc.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: login.codeVerifier,
        expectedState: login.state,
        expectedNonce: login.nonce,
        idTokenExpected: true,
      });
      const verified = tokens.claims();
      if (!verified || !tokens.id_token) throw ssoRefusal("id_token_invalid", "no ID token");
      this.jwks = oidc.getJwksCache(config) ?? this.jwks;
      let claims: Record<string, unknown> = { ...verified };
      if (this.settings.userinfo && config.serverMetadata().userinfo_endpoint) {
        const info = await oidc.fetchUserInfo(config, tokens.access_token, verified.sub);
        // The ID token's own claims win over userinfo's.
        claims = { ...info, ...verified };
      }
      return { issuer: verified.iss, subject: verified.sub, claims, idToken: tokens.id_token };
    } catch (err) {
      throw classifyFailure(err);
    }
  }

  /**
   * The provider's end-session URL (RP-Initiated Logout) with id_token_hint when known, else client_id, and the
   * post-logout redirect; undefined when the provider has no end_session_endpoint or cannot be reached.
   */
  async endSessionUrl(idToken: string | undefined): Promise<URL | undefined> {
    let config: oidc.Configuration;
    try {
      config = await this.configuration();
    } catch {
      return undefined;
    }
    if (!config.serverMetadata().end_session_endpoint) return undefined;
    const params: Record<string, string> = { post_logout_redirect_uri: this.settings.postLogoutRedirectUri };
    if (idToken) params.id_token_hint = idToken;
    else params.client_id = this.settings.clientId;
    return oidc.buildEndSessionUrl(config, params);
  }
}
