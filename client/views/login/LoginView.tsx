// Login page: the single sign-on button when the server has it, and the e-mail + password form unless it is switched off.
import { useEffect, useState } from "preact/hooks";
import { Api } from "../../api/endpoints.ts";
import { RequestError } from "../../api/http.ts";
import { SSO_OFF, ssoInfo, type SsoInfo } from "../../api/sso.ts";
import type { PublicUser as User } from "../../../domain/index.ts";
import { errorText } from "../../components/ErrorMessage.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useI18n } from "../../i18n/index.ts";
import { SSO_TEXT } from "./sso-text.ts";

interface InputProps {
  id: string;
  type: "email" | "password";
  autocomplete: string;
  label: string;
  value: string;
  onValue: (v: string) => void;
  /** The login failed: the input is marked invalid and described by the error below the form's fields. */
  invalid: boolean;
}

function LoginInput({ id, type, autocomplete, label, value, onValue, invalid }: InputProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type={type}
        autocomplete={autocomplete}
        required
        value={value}
        onInput={(e) => onValue(e.currentTarget.value)}
        aria-invalid={invalid ? "true" : undefined}
        aria-describedby={invalid ? "login-error" : undefined}
      />
    </div>
  );
}

/** The provider's button, and the line that introduces the password form below it (or says SSO is the only way). */
function SsoChoice({ sso }: { sso: SsoInfo }) {
  const { lang } = useI18n();
  const text = SSO_TEXT[lang];
  return (
    <div class="sso">
      {!sso.localLogin && <p>{text.only}</p>}
      <a class="button primary sso-button" href={sso.loginUrl}>
        {text.button.replace("{name}", sso.name)}
      </a>
      {sso.localLogin && <p class="sso-or muted">{text.or}</p>}
    </div>
  );
}

export function LoginView({ expired, onLogin }: { expired: boolean; onLogin: (u: User) => void }) {
  const { t } = useI18n();
  const [sso, setSso] = useState<SsoInfo | null>(null);
  useEffect(() => {
    ssoInfo().then(setSso, () => setSso(SSO_OFF));
  }, []);
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
      if (err instanceof RequestError && (err.status === 401 || err.status === 400)) setError(t("loginFailed"));
      else if (err instanceof RequestError && err.status === 429) setError(t("loginRateLimited"));
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
      {sso?.enabled && <SsoChoice sso={sso} />}
      {sso && sso.localLogin && (
        <form onSubmit={submit} noValidate>
          <LoginInput id="login-email" type="email" autocomplete="username" label={t("email")} value={email} onValue={setEmail} invalid={!!error} />
          <LoginInput id="login-password" type="password" autocomplete="current-password" label={t("password")} value={password} onValue={setPassword} invalid={!!error} />
          {error && (
            <p class="field-error" id="login-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" class="primary" disabled={busy}>
            {t("login")}
          </button>
        </form>
      )}
    </section>
  );
}
