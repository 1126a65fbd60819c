// UI strings (nb/nn/en), interpolation and date formatting; language negotiation lives in negotiate.ts.
import type { Lang } from "../../surveys/schema.ts";
import { EN } from "./en.ts";
import { NB, type UiStrings } from "./nb.ts";
import { NN } from "./nn.ts";

export type { Lang } from "../../surveys/schema.ts";
export type { UiStrings } from "./nb.ts";
export { LANGS, DEFAULT_LANG, negotiateLang, langFromRequest, LANG_COOKIE } from "./negotiate.ts";

const STRINGS: Record<Lang, UiStrings> = { nb: NB, nn: NN, en: EN };

/** Values substituted into `{name}` placeholders. */
export type Vars = Record<string, string | number>;

/** Replaces `{name}` placeholders; unknown placeholders are left as they are. */
export function interpolate(text: string, vars: Vars = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** The UI string `key` in `lang`, with placeholders filled. */
export function t(lang: Lang, key: keyof UiStrings, vars?: Vars): string {
  return interpolate(STRINGS[lang][key], vars);
}

/** A translator bound to one language, handy in views. */
export type Translate = (key: keyof UiStrings, vars?: Vars) => string;
export function translator(lang: Lang): Translate {
  return (key, vars) => t(lang, key, vars);
}

const LOCALE: Record<Lang, string> = { nb: "nb-NO", nn: "nn-NO", en: "en-GB" };

/** Date and time as a person in Norway reads it, e.g. "12. mars 2025 kl. 14:05". */
export function formatDateTime(lang: Lang, iso: string, timeZone = "Europe/Oslo"): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: "long", timeStyle: "short", timeZone }).format(new Date(iso));
}
