// Language context: current language (nb default, nn, en), t() lookup with {var} filling, and number formatting.
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import { nb, type Dict, type DictKey } from "./nb.ts";
import { nn } from "./nn.ts";
import { en } from "./en.ts";
import { makeFormat, type Format } from "./format.ts";

export type Lang = "nb" | "nn" | "en";
export const LANGS: { id: Lang; name: string }[] = [
  { id: "nb", name: "Bokmål" },
  { id: "nn", name: "Nynorsk" },
  { id: "en", name: "English" },
];
const DICTS: Record<Lang, Dict> = { nb, nn, en };

export type T = (key: DictKey, vars?: Record<string, string | number>) => string;

export interface I18n extends Format {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: T;
}

export function makeI18n(lang: Lang, setLang: (l: Lang) => void = () => {}): I18n {
  const dict = DICTS[lang];
  const t: T = (key, vars) => {
    let s = dict[key] ?? nb[key] ?? key;
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.split(`{${k}}`).join(String(v));
    return s;
  };
  return { lang, setLang, t, ...makeFormat(lang) };
}

export const I18nContext = createContext<I18n>(makeI18n("nb"));
export const useI18n = (): I18n => useContext(I18nContext);

/** The stored language choice, else nb. */
export function initialLang(): Lang {
  try {
    const saved = localStorage.getItem("laget.lang");
    if (saved === "nb" || saved === "nn" || saved === "en") return saved;
  } catch {
    /* storage unavailable */
  }
  return "nb";
}
