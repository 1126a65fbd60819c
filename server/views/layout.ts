// The page shell shared by every respondent page: <html lang>, stylesheet, language switch, main landmark.
import { LANGS, t, type Lang } from "../i18n/index.ts";
import { SURVEY_CSS } from "./assets.ts";
import { html, raw, type Html } from "./html.ts";

export interface PageOptions {
  lang: Lang;
  title: string;
  body: Html;
  /** Show the nb/nn/en switch (links that set the language cookie via ?lang=). */
  langSwitch?: boolean;
  /** Extra link placed before the switch, e.g. the skip link. */
  skipTo?: { href: string; text: string };
}

/** Links to the same page in each language; the current one is marked with aria-current. */
export function langSwitch(current: Lang): Html {
  const links = LANGS.map(
    (l) => html`<li><a href="?lang=${l}" lang="${l}" hreflang="${l}"${l === current ? raw(' aria-current="true"') : ""}>${t(l, "langName")}</a></li>`,
  );
  return html`<nav class="langs" aria-label="${t(current, "langSwitch")}"><ul>${links}</ul></nav>`;
}

/** A complete HTML document; no script anywhere (the pages work without JavaScript). */
export function page(o: PageOptions): string {
  const skip = o.skipTo ? html`<a class="skip" href="${o.skipTo.href}">${o.skipTo.text}</a>` : "";
  return html`<!doctype html>
<html lang="${o.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<title>${o.title}</title>
<link rel="stylesheet" href="${SURVEY_CSS.href}">
</head>
<body>
${skip}<header class="top"><span class="brand">Laget</span>${o.langSwitch === false ? "" : langSwitch(o.lang)}</header>
<main id="main">
${o.body}
</main>
</body>
</html>
`.value;
}
