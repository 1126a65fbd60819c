// The device cookie: answers saved through a link are shown only to the browser that saved them.
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { AnswerSet, Link } from "../../../domain/index.ts";
import { generateToken, hashToken, isWellFormedToken, sameHash } from "../../security/tokens.ts";

/** One name for every link; each link's cookie has that link's path, so a browser holds one per link. */
export const DEVICE_COOKIE = "laget_device";

/** How long the browser keeps it: longer than any round stays open. */
const MAX_AGE_SECONDS = 400 * 24 * 3600;

/**
 * Who may see a link's stored answers:
 * - `none`: nothing stored; the first save binds the set to this browser;
 * - `yours`: this browser saved them (its cookie's secret hashes to the set's `deviceHash`);
 * - `other_device`: saved through this link by another browser (or before browsers were bound): not shown, not
 *   replaced; the page says how to get a new link;
 * - `earlier_link`: saved through a link the facilitator has re-issued since (the set is older than the link):
 *   not shown; a save through this link starts over and replaces it.
 */
export type AnswerAccess = "none" | "yours" | "other_device" | "earlier_link";

/** The device secret the request carries for this link (undefined when none, or not one of ours). */
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
 * an earlier link), so the first save binds to it even if that save's answer is lost on the way. Not on a
 * cross-site navigation (a link in webmail): that request carries no SameSite=Strict cookie, and a new one would
 * replace the one the browser already holds.
 */
export function offerDeviceCookie(c: Context, token: string, access: AnswerAccess, secure: boolean): void {
  if (access !== "none" && access !== "earlier_link") return;
  if (deviceSecret(c) !== undefined || c.req.header("sec-fetch-site") === "cross-site") return;
  setDeviceCookie(c, token, generateToken(), secure);
}

/**
 * Sets the device cookie for the link's form pages (/s/<token>…) and its JSON API (/api/s/<token>): HttpOnly,
 * SameSite=Strict, Secure when configured. Only the secret's hash is stored, with the answer set.
 */
export function setDeviceCookie(c: Context, token: string, secret: string, secure: boolean): void {
  for (const path of [`/s/${token}`, `/api/s/${token}`]) {
    setCookie(c, DEVICE_COOKIE, secret, { path, httpOnly: true, sameSite: "Strict", secure, maxAge: MAX_AGE_SECONDS });
  }
}

/** What is stored of a device secret: its SHA-256 (hex). */
export const deviceHash = (secret: string): string => hashToken(secret);
