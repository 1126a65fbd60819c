// How the workspace reaches the API: same-origin cookie session, CSRF header on writes, RequestError from the one error body.
import type { ClientResponse } from "hono/client";
import type { SuccessStatusCode } from "hono/utils/http-status";
import type { ErrorBody, Issue } from "../../domain/errors.ts";

/** A request the API refused (status ≥ 400), or could not reach (status 0, code "network"). */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: Issue[] = [],
  ) {
    super(message);
    this.name = "RequestError";
  }

  /** Built from an error answer: `{ error: { code, message, issues? } }`, or the status alone when the body is not that. */
  static async from(res: Response): Promise<RequestError> {
    const body = (await res.json().catch(() => null)) as Partial<ErrorBody> | null;
    const error = body?.error;
    return new RequestError(res.status, error?.code ?? `http_${res.status}`, error?.message ?? res.statusText, error?.issues ?? []);
  }
}

let csrfToken = "";
let onUnauthorized: (() => void) | null = null;

export function setCsrf(token: string | null | undefined): void {
  csrfToken = token ?? "";
}
/** Called when a request answers 401 (session expired or logged out elsewhere). */
export function setUnauthorizedHandler(fn: (() => void) | null): void {
  onUnauthorized = fn;
}

/** fetch for the typed client: cookies of this origin, the CSRF value on writes, a network failure as RequestError. */
export async function apiFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("Accept", "application/json");
  const method = (init.method ?? "GET").toUpperCase();
  if (method !== "GET" && method !== "HEAD" && csrfToken) headers.set("X-CSRF-Token", csrfToken);
  let res: Response;
  try {
    res = await fetch(input, { ...init, headers, credentials: "same-origin" });
  } catch {
    throw new RequestError(0, "network", "network");
  }
  if (res.status === 401 && !String(input).endsWith("/auth/login") && onUnauthorized) onUnauthorized();
  return res;
}

/** The JSON body of a successful answer (any 2xx the route declares). */
export type Success<R> = R extends ClientResponse<infer T, infer S, infer F> ? (S extends SuccessStatusCode ? (F extends "json" ? T : never) : never) : never;

/** Awaits a typed call and gives its success body, or throws the RequestError of its error answer. */
export async function data<R extends ClientResponse<unknown, number, string>>(pending: Promise<R>): Promise<Success<R>> {
  const res = await pending;
  if (!res.ok) throw await RequestError.from(res as unknown as Response);
  return (await res.json()) as Success<R>;
}

/** Awaits a typed call that answers without a body (204), or throws its RequestError. */
export async function done(pending: Promise<ClientResponse<unknown, number, string>>): Promise<void> {
  const res = await pending;
  if (!res.ok) throw await RequestError.from(res as unknown as Response);
}

/**
 * A JSON call to a route outside the typed contract (the single sign-on endpoints, which are redirects and
 * pages besides): the parsed body, or the RequestError of its error answer.
 */
export async function requestJson<T>(method: "GET" | "POST", path: string): Promise<T> {
  const res = await apiFetch(path, { method, ...(method === "POST" && { headers: { "Content-Type": "application/json" }, body: "{}" }) });
  if (!res.ok) throw await RequestError.from(res);
  return (await res.json()) as T;
}
