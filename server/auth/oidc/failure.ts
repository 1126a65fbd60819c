// Why a single sign-on login was refused: a fixed set of reasons as LagetErrors, and openid-client's errors sorted into them.
import * as oidc from "openid-client";
import { LagetError, type ErrorKind } from "../../../domain/index.ts";

/** Each reason and its error kind (the page's status code follows from the kind). */
export const REFUSALS = {
  /** The claims match no group or rule of the role map. */
  no_role: "forbidden",
  /** The Laget user is disabled. */
  disabled: "forbidden",
  /** The provider sent no usable e-mail address. */
  no_email: "forbidden",
  /** Another Laget user, linked to another provider account, has this e-mail. */
  email_taken: "conflict",
  /** No login in progress for this browser: expired, already used (replay) or started elsewhere. */
  login_expired: "invalid",
  /** The state in the callback is not the one this login sent. */
  state_mismatch: "invalid",
  /** The provider answered the authorization request with an error (e.g. the user cancelled). */
  provider_error: "unauthorized",
  /** The token endpoint refused the code (used before, wrong PKCE verifier, wrong client). */
  token_refused: "unauthorized",
  /** The ID token's signature, issuer or audience is wrong. */
  id_token_invalid: "unauthorized",
  /** The ID token has expired (or is not valid yet). */
  id_token_expired: "unauthorized",
  /** The ID token's nonce is not the one this login sent. */
  nonce_mismatch: "unauthorized",
  /** The provider cannot be reached or answered nonsense. */
  provider_unavailable: "unavailable",
} as const satisfies Record<string, ErrorKind>;

export type RefusalReason = keyof typeof REFUSALS;

export const isRefusalReason = (v: string): v is RefusalReason => Object.hasOwn(REFUSALS, v);

/** A refused login. `detail` names the library's error code or the provider's error parameter, never a token or claim value. */
export function ssoRefusal(reason: RefusalReason, detail?: string): LagetError {
  return new LagetError(REFUSALS[reason], reason, `single sign-on refused: ${reason}${detail ? ` (${detail})` : ""}`);
}

/** The claim named in an oauth4webapi check failure, read from the error's cause without touching values. */
function claimOf(err: unknown): string | undefined {
  const cause = (err as { cause?: { cause?: { claim?: unknown } } }).cause?.cause;
  return typeof cause?.claim === "string" ? cause.claim : undefined;
}

/** Sorts an error from openid-client into a refusal reason. */
export function classifyFailure(err: unknown): LagetError {
  if (err instanceof LagetError) return err;
  if (err instanceof oidc.AuthorizationResponseError) return ssoRefusal("provider_error", safeCode(err.error));
  if (err instanceof oidc.ResponseBodyError) return ssoRefusal("token_refused", safeCode(err.error));
  if (err instanceof oidc.ClientError) {
    const cause = (err as { cause?: unknown }).cause;
    const message = cause instanceof Error ? cause.message : "";
    const claim = claimOf(err);
    const detail = `${err.code ?? "no code"}${claim ? ` ${claim}` : ""}`;
    switch (err.code) {
      case "OAUTH_JWT_TIMESTAMP_CHECK_FAILED":
        return ssoRefusal(claim === "exp" ? "id_token_expired" : "id_token_invalid", detail);
      case "OAUTH_JWT_CLAIM_COMPARISON_FAILED":
        return ssoRefusal(claim === "nonce" ? "nonce_mismatch" : "id_token_invalid", detail);
      case "OAUTH_INVALID_RESPONSE":
        return ssoRefusal(/"state"/.test(message) ? "state_mismatch" : "id_token_invalid", detail);
      case "OAUTH_KEY_SELECTION_FAILED":
      case "OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED":
      case "OAUTH_PARSE_ERROR":
        return ssoRefusal("id_token_invalid", detail);
      default:
        return ssoRefusal("provider_unavailable", detail);
    }
  }
  return ssoRefusal("provider_unavailable", err instanceof Error ? err.name : "unknown");
}

/** An OAuth error code is [\x20-\x7e] by RFC 6749; anything else (or too long) is not echoed. */
function safeCode(code: unknown): string | undefined {
  return typeof code === "string" && /^[a-z_]{1,40}$/.test(code) ? code : undefined;
}
