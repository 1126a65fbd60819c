// Change your own password: the current one and a new one; the server's refusals in the user's language.
import { useState } from "preact/hooks";
import { AccountApi } from "../../api/account.ts";
import { RequestError } from "../../api/http.ts";
import { errorText } from "../../components/ErrorMessage.tsx";
import { Field } from "../../components/Field.tsx";
import { useI18n, type T } from "../../i18n/index.ts";

/** The server's answer to a refused change as a sentence: wrong password, too many tries, single sign-on, a token. */
export function passwordError(t: T, e: unknown): string {
  if (e instanceof RequestError) {
    if (e.code === "wrong_password") return t("passwordWrong");
    if (e.status === 429) return t("passwordTooMany");
    if (e.code === "no_password") return t("passwordSso");
    if (e.code === "session_required") return t("sessionRequired");
  }
  return errorText(t, e);
}

export function PasswordForm() {
  const { t } = useI18n();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setDone(null);
    try {
      const r = await AccountApi.changePassword(current, next);
      setCurrent("");
      setNext("");
      setDone(t("passwordChanged", { tokens: r.endedTokens }));
    } catch (err) {
      setError(passwordError(t, err));
    }
  };
  return (
    <form onSubmit={submit} aria-labelledby="password-title">
      <h2 id="password-title">{t("passwordTitle")}</h2>
      <Field label={t("passwordCurrent")}>
        {({ id }) => <input id={id} type="password" autocomplete="current-password" required value={current} onInput={(e) => setCurrent(e.currentTarget.value)} />}
      </Field>
      <Field label={t("passwordNew")} hint={t("passwordNewHint")} error={error}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="password"
            autocomplete="new-password"
            minLength={10}
            maxLength={200}
            required
            aria-describedby={describedBy}
            aria-invalid={invalid}
            value={next}
            onInput={(e) => setNext(e.currentTarget.value)}
          />
        )}
      </Field>
      <button type="submit" class="primary">
        {t("passwordSave")}
      </button>
      {done && (
        <p class="notice" role="status">
          {done}
        </p>
      )}
    </form>
  );
}
