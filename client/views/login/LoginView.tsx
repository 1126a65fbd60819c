// Login form (e-mail + password) with clear errors, rate-limit and session-expiry messages.
import { useState } from "preact/hooks";
import { Api } from "../../api/endpoints.ts";
import { ApiError } from "../../api/http.ts";
import type { User } from "../../api/types.ts";
import { errorText } from "../../components/ErrorMessage.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useI18n } from "../../i18n/index.ts";

export function LoginView({ expired, onLogin }: { expired: boolean; onLogin: (u: User) => void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const s = await Api.login(email, password);
      onLogin(s.user);
    } catch (err) {
      if (err instanceof ApiError && (err.status === 401 || err.status === 400)) setError(t("loginFailed"));
      else if (err instanceof ApiError && err.status === 429) setError(t("loginRateLimited"));
      else setError(errorText(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="login card">
      <PageTitle>{t("loginTitle")}</PageTitle>
      <p class="muted">{t("tagline")}</p>
      {expired && (
        <p class="notice" role="status">
          {t("sessionExpired")}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <div class="field">
          <label for="login-email">{t("email")}</label>
          <input
            id="login-email"
            type="email"
            autocomplete="username"
            required
            value={email}
            onInput={(e) => setEmail(e.currentTarget.value)}
            aria-invalid={error ? "true" : undefined}
            aria-describedby={error ? "login-error" : undefined}
          />
        </div>
        <div class="field">
          <label for="login-password">{t("password")}</label>
          <input
            id="login-password"
            type="password"
            autocomplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
            aria-invalid={error ? "true" : undefined}
            aria-describedby={error ? "login-error" : undefined}
          />
        </div>
        {error && (
          <p class="field-error" id="login-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="primary" disabled={busy}>
          {t("login")}
        </button>
      </form>
    </section>
  );
}
