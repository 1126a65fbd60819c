// Language negotiation: ?lang= beats the lang cookie beats the page's own language (a round's) or Accept-Language; bokmål is the default.
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { Lang } from "../../surveys/schema.ts";

export const LANGS: readonly Lang[] = ["nb", "nn", "en"];
export const DEFAULT_LANG: Lang = "nb";
export const LANG_COOKIE = "laget_lang";

const isLang = (v: string | undefined): v is Lang => v !== undefined && (LANGS as string[]).includes(v);

/** Maps one Accept-Language tag to our languages ("no" and "nb-NO" → nb, "nn-NO" → nn, "en-US" → en). */
function tagToLang(tag: string): Lang | undefined {
  const primary = tag.trim().toLowerCase().split("-")[0];
  if (primary === "nb" || primary === "no") return "nb";
  if (primary === "nn") return "nn";
  if (primary === "en") return "en";
  return undefined;
}

/** Best supported language in an Accept-Language header, by q-value then order. */
export function fromAcceptLanguage(header: string | undefined): Lang | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .slice(0, 20)
    .map((part, i) => {
      const [tag, ...params] = part.split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { lang: tagToLang(tag), q: Number.isFinite(weight) ? weight : 0, i };
    })
    .filter((x): x is { lang: Lang; q: number; i: number } => x.lang !== undefined && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return ranked[0]?.lang;
}

/**
 * Pure negotiation from the request signals. With a `fallback` (a respondent page: the round's language), the
 * browser's Accept-Language is not asked at all: only a language the person picked (`?lang=`, the cookie) beats it.
 */
export function negotiateLang(input: { query?: string; cookie?: string; acceptLanguage?: string; fallback?: Lang }): Lang {
  if (isLang(input.query)) return input.query;
  if (isLang(input.cookie)) return input.cookie;
  if (input.fallback !== undefined) return input.fallback;
  return fromAcceptLanguage(input.acceptLanguage) ?? DEFAULT_LANG;
}

/**
 * The request's language (`fallback`: see negotiateLang). When `?lang=` names a supported language and `remember` is set,
 * it is stored in a year-long cookie so later pages (and redirects) keep it.
 */
export function langFromRequest(c: Context, opts: { remember?: boolean; secure?: boolean; fallback?: Lang } = {}): Lang {
  const query = c.req.query("lang");
  const lang = negotiateLang({ query, cookie: getCookie(c, LANG_COOKIE), acceptLanguage: c.req.header("accept-language"), fallback: opts.fallback });
  if (opts.remember && isLang(query)) {
    setCookie(c, LANG_COOKIE, query, {
      path: "/",
      maxAge: 365 * 24 * 3600,
      sameSite: "Lax",
      httpOnly: true,
      secure: opts.secure ?? false,
    });
  }
  return lang;
}
