// Single sign-on from the workspace: whether it is on (GET /api/auth/oidc), and a logout that also ends the provider's session.
import { Api } from "./endpoints.ts";
import { RequestError, requestJson, setCsrf } from "./http.ts";

/** What the login page needs to know; `enabled: false` when the server has no single sign-on (404). */
export interface SsoInfo {
  enabled: boolean;
  /** The provider's name for the button, e.g. "Feide". */
  name: string;
  loginUrl: string;
  /** False: password login is switched off (LOCAL_LOGIN=0). */
  localLogin: boolean;
}

export const SSO_OFF: SsoInfo = { enabled: false, name: "", loginUrl: "", localLogin: true };

let known: Promise<SsoInfo> | undefined;

/** Asked once per page load; a network failure is not remembered. */
export function ssoInfo(): Promise<SsoInfo> {
  known ??= requestJson<SsoInfo>("GET", "/api/auth/oidc").catch((err: unknown) => {
    if (err instanceof RequestError && err.status === 404) return SSO_OFF;
    known = undefined;
    throw err;
  });
  return known;
}

/** Ends the Laget session; with single sign-on the browser then goes to the provider to log out there too. */
export async function logoutEverywhere(): Promise<void> {
  const info = await ssoInfo().catch(() => SSO_OFF);
  if (!info.enabled) return Api.logout();
  const { redirectTo } = await requestJson<{ redirectTo: string | null }>("POST", "/api/auth/oidc/logout");
  setCsrf(undefined);
  if (redirectTo) window.location.assign(redirectTo);
}
