// The page a refused single sign-on login lands on: what happened, whom to ask, the error code, a way back.
import { interpolate, type Lang } from "../../i18n/index.ts";
import { html } from "../../views/html.ts";
import { page } from "../../views/layout.ts";
import type { RefusalReason } from "./failure.ts";
import { SSO_TEXTS, topicOf } from "./messages.ts";

/** Reasons after which starting again can help (offered as a "try again" button). */
const RETRYABLE = new Set<RefusalReason>([
  "login_expired",
  "state_mismatch",
  "provider_error",
  "token_refused",
  "id_token_invalid",
  "id_token_expired",
  "nonce_mismatch",
  "provider_unavailable",
]);

/** The full HTML page for a refusal; `provider` is the configured provider name (OIDC_NAME). */
export function refusalPage(lang: Lang, reason: RefusalReason, provider: string, loginPath: string): string {
  const t = SSO_TEXTS[lang];
  const topic = topicOf(reason);
  const fill = (s: string) => interpolate(s, { provider });
  const hint = t.hints[reason];
  const title = t.titles[topic];
  return page({
    lang,
    title: `${title} – Laget`,
    langSwitch: true,
    body: html`<div class="panel" data-reason="${reason}">
<h1>${title}</h1>
${hint ? html`<p>${fill(hint)}</p>` : ""}
<p>${fill(t.bodies[topic])}</p>
<p class="help">${t.code}: <code>${reason}</code></p>
<p class="actions-row">${RETRYABLE.has(reason) ? html`<a class="btn primary" href="${loginPath}">${t.retry}</a> ` : ""}<a class="btn secondary" href="/">${t.back}</a></p>
</div>`,
  });
}
