// The device cookie: answers saved through a link are shown only to the browser that saved them, through any later link.
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { AnswerSet, Link } from "../../../domain/index.ts";
import { generateToken, hashToken, isWellFormedToken, sameHash } from "../../security/tokens.ts";

/**
 * One cookie per browser, sent to every link's pages and API: the answers a browser saved stay readable by it through
 * a re-issued link (a reminder, new cards), and by no other browser.
 */
export const DEVICE_COOKIE = "laget_device";

/** How long the browser keeps it: longer than any round stays open. */
const MAX_AGE_SECONDS = 400 * 24 * 3600;

/**
 * Who may see a link's stored answers:
 * - `none`: nothing stored; the first save binds the set to this browser;
 * - `yours`: this browser saved them (its cookie's secret hashes to the set's `deviceHash`), through this link or
 *   one it replaced (a reminder or new cards bring the respondent back to their draft);
 * - `other_device`: saved through this link by another browser (or before browsers were bound): not shown, not
 *   replaced; the page says how to get a new link;
 * - `earlier_link`: saved by another browser through a link the facilitator has re-issued since (the set is older
 *   than the link): not shown; a save through this link starts over and replaces it.
 */
export type AnswerAccess = "none" | "yours" | "other_device" | "earlier_link";

/** The device secret the request carries (undefined when none, or not one of ours). */
export function deviceSecret(c: Context): string | undefined {
  const value = getCookie(c, DEVICE_COOKIE);
  return value !== undefined && isWellFormedToken(value) ? value : undefined;
}

/** The access of a browser with `secret` to the stored `answer` of `link`. */
export function answerAccess(answer: AnswerSet | undefined, link: Link, secret: string | undefined): AnswerAccess {
  if (!answer) return "none";
  if (secret !== undefined && answer.deviceHash !== undefined && sameHash(answer.deviceHash, hashToken(secret))) return "yours";
  return Date.parse(answer.updatedAt) < Date.parse(link.issuedAt) ? "earlier_link" : "other_device";
}

/**
 * The secret a save binds the set to: the browser's own when it has one (set when the form was first opened, so a
 * save whose answer never reached the phone still leaves the answers with it), else a new one. Never called for
 * `other_device`: that save is refused.
 */
export function bindingSecret(access: AnswerAccess, secret: string | undefined): { secret: string; fresh: boolean } {
  if (access === "other_device") throw new Error("bindingSecret: another browser's answers are never rebound");
  return secret !== undefined ? { secret, fresh: false } : { secret: generateToken(), fresh: true };
}

/**
 * Gives a browser opening a link its device cookie before anything is stored (or when what is stored came through
 * an earlier link), so the first save binds to it even if that save's answer is lost on the way. A top-level
 * navigation from another site (a link in webmail) carries the SameSite=Lax cookie, so there a missing cookie means
 * the browser has none. Any other cross-site request (the page inside another site's frame) carries no Lax cookie
 * even when the browser holds one, and a new one would replace it: none is offered there.
 */
export function offerDeviceCookie(c: Context, access: AnswerAccess, secure: boolean): void {
  if (access !== "none" && access !== "earlier_link") return;
  if (deviceSecret(c) !== undefined || !mayCarryLaxCookie(c)) return;
  setDeviceCookie(c, generateToken(), secure);
}

/** Whether the request would carry a SameSite=Lax cookie the browser holds: same-site, or a top-level navigation. */
export function mayCarryLaxCookie(c: Context): boolean {
  if (c.req.header("sec-fetch-site") !== "cross-site") return true;
  return c.req.header("sec-fetch-mode") === "navigate" && (c.req.header("sec-fetch-dest") ?? "document") === "document";
}

/**
 * Sets the device cookie for every link's form pages (/s/…) and JSON API (/api/s/…): HttpOnly, SameSite=Lax (a click
 * on the link in a webmail carries it; a cross-site post does not, and the form post refuses cross-site posts anyway,
 * while the JSON PUT needs application/json, which another site cannot send without a CORS preflight Laget never
 * grants), Secure when configured. Only the secret's hash is stored, with the answer set.
 */
export function setDeviceCookie(c: Context, secret: string, secure: boolean): void {
  for (const path of ["/s", "/api/s"]) {
    setCookie(c, DEVICE_COOKIE, secret, { path, httpOnly: true, sameSite: "Lax", secure, maxAge: MAX_AGE_SECONDS });
  }
}

/** What is stored of a device secret: its SHA-256 (hex). */
export const deviceHash = (secret: string): string => hashToken(secret);
