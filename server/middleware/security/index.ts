// Security headers for every response: strict CSP without inline script, no framing, no referrer (survey URLs carry tokens).
import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

export interface SecurityHeaderOptions {
  /** Send Strict-Transport-Security (only behind HTTPS). */
  hsts?: boolean;
}

/** Hono's secureHeaders with Laget's policy. */
export function securityHeaders(options: SecurityHeaderOptions = {}): MiddlewareHandler {
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
    strictTransportSecurity: options.hsts ? "max-age=15552000; includeSubDomains" : false,
    crossOriginEmbedderPolicy: false,
  });
}

/** API answers hold personal data and one-time links: never cache them. */
export function noStore(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header("Cache-Control", "no-store");
  };
}
