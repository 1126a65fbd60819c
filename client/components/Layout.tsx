// Page frame: skip link, header with main navigation, language switch, own account link and logout; <main> as the skip target.
import type { ComponentChildren } from "preact";
import { LANGS, useI18n, type Lang } from "../i18n/index.ts";
import { useApp } from "../state.ts";

export function LangSwitch() {
  const { t, lang, setLang } = useI18n();
  return (
    <label class="lang">
      <span>{t("language")}</span>{" "}
      <select value={lang} onChange={(e) => setLang((e.currentTarget as HTMLSelectElement).value as Lang)}>
        {LANGS.map((l) => (
          <option key={l.id} value={l.id} lang={l.id}>
            {l.name}
          </option>
        ))}
      </select>
    </label>
  );
}

function skipToMain(e: Event) {
  e.preventDefault();
  document.getElementById("main")?.focus();
}

export function Layout({ children, chrome = true }: { children: ComponentChildren; chrome?: boolean }) {
  const { t } = useI18n();
  const { user, logout } = useApp();
  return (
    <>
      <a class="skip" href="#main" onClick={skipToMain}>
        {t("skip")}
      </a>
      {chrome && (
        <header class="top">
          <a class="brand" href="#/">
            {t("appName")}
          </a>
          {user && (
            <nav aria-label={t("mainNav")}>
              <ul>
                {user.role !== "evaluator" && (
                  <li>
                    <a href="#/">{t("navCases")}</a>
                  </li>
                )}
                <li>
                  <a href="#/evaluator">{t("navEvaluator")}</a>
                </li>
                {user.role === "admin" && (
                  <li>
                    <a href="#/admin/users">{t("navUsers")}</a>
                  </li>
                )}
                {user.role === "admin" && (
                  <li>
                    <a href="#/admin/retention">{t("navRetention")}</a>
                  </li>
                )}
                {user.role === "admin" && (
                  <li>
                    <a href="#/admin/audit">{t("navAudit")}</a>
                  </li>
                )}
              </ul>
            </nav>
          )}
          <div class="top-right">
            <LangSwitch />
            {user && (
              <>
                <span class="who">{t("signedInAs", { name: user.name })}</span>
                <a href="#/account">{t("navAccount")}</a>
                <button type="button" onClick={logout}>
                  {t("logout")}
                </button>
              </>
            )}
          </div>
        </header>
      )}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
