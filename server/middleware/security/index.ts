// Security headers for every response: strict CSP without inline script, no framing, no referrer (survey URLs carry tokens).
import { Hono, type MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

export interface SecurityHeaderOptions {
  /** Send Strict-Transport-Security (only behind HTTPS). */
  hsts?: boolean;
}

/** Hono's secureHeaders with Laget's policy (the reference the precomputed header set is taken from). */
function laGetSecureHeaders(hsts: boolean): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:", "blob:"],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    referrerPolicy: "no-referrer",
    xFrameOptions: "DENY",
    xContentTypeOptions: "nosniff",
    strictTransportSecurity: hsts ? "max-age=15552000; includeSubDomains" : false,
    crossOriginEmbedderPolicy: false,
  });
}

/** The exact headers hono's secureHeaders adds with our policy, captured once per variant (it has no per-request parts). */
async function headerSet(hsts: boolean): Promise<readonly [string, string][]> {
  const probe = new Hono().use(laGetSecureHeaders(hsts)).get("/", (c) => c.body(null, 204));
  const res = await probe.request("/");
  return [...res.headers.entries()].filter(([k]) => k !== "content-type");
}
const HEADER_SETS = { plain: await headerSet(false), hsts: await headerSet(true) };
const CSP = "content-security-policy";

/**
 * Sets the precomputed header set before the handler runs (so it goes into the response's header list once);
 * responses that a handler built itself (static files, thrown HTTPException responses) get it afterwards.
 */
export function securityHeaders(options: SecurityHeaderOptions = {}): MiddlewareHandler {
  const list = options.hsts ? HEADER_SETS.hsts : HEADER_SETS.plain;
  const csp = list.find(([k]) => k === CSP)?.[1];
  return async function securityHeadersMiddleware(c, next) {
    for (const [k, v] of list) c.header(k, v);
    await next();
    const headers = c.res.headers;
    if (headers.get(CSP) === csp) return;
    for (const [k, v] of list) headers.set(k, v);
    headers.delete("x-powered-by");
  };
}

/** API answers hold personal data and one-time links: never cache them. */
export function noStore(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header("Cache-Control", "no-store");
  };
}
