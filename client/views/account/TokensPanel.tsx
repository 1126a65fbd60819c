// Your own API tokens: the list, a form to make one (shown once, with a copy button and a warning) and revoking.
import { useState } from "preact/hooks";
import { AccountApi, type ApiTokenView } from "../../api/account.ts";
import { CopyButton } from "../../components/CopyButton.tsx";
import { ErrorMessage, Loading } from "../../components/ErrorMessage.tsx";
import { useAsync } from "../../components/useAsync.ts";
import { useI18n } from "../../i18n/index.ts";
import { passwordError } from "./PasswordForm.tsx";
import { TokenTable } from "./TokenTable.tsx";

/** Days a new token lives unless the user picks otherwise (the server's default). */
const DEFAULT_DAYS = 90;

export function TokensPanel() {
  const { t } = useI18n();
  const tokens = useAsync(() => AccountApi.tokens(), []);
  const [name, setName] = useState("");
  const [days, setDays] = useState(String(DEFAULT_DAYS));
  const [fresh, setFresh] = useState<{ token: string; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      tokens.reload();
    } catch (e) {
      setError(passwordError(t, e));
    }
  };
  const create = (e: Event) => {
    e.preventDefault();
    void run(async () => {
      const r = await AccountApi.createToken(name.trim(), Number(days));
      setFresh({ token: r.token, name: r.apiToken.name });
      setName("");
    });
  };
  const revoke = (k: ApiTokenView) => {
    if (window.confirm(t("tokenRevokeConfirm", { name: k.name }))) void run(() => AccountApi.revokeToken(k.id));
  };
  return (
    <section aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t("tokensTitle")}</h2>
      <p class="muted">{t("tokensIntro")}</p>
      {fresh && (
        <div class="notice warning" role="status">
          <p>
            <strong>{t("tokenNew", { name: fresh.name })}</strong>
          </p>
          <p>{t("tokenShownOnce")}</p>
          <p>
            <code class="token">{fresh.token}</code> <CopyButton text={fresh.token} label={fresh.name} />
          </p>
          <button type="button" class="small" onClick={() => setFresh(null)}>
            {t("tokenDone")}
          </button>
        </div>
      )}
      {error && (
        <div class="error" role="alert">
          <p>{error}</p>
        </div>
      )}
      <ErrorMessage error={tokens.error} onRetry={tokens.reload} />
      {!tokens.data && !tokens.error && <Loading />}
      {tokens.data && <TokenTable tokens={tokens.data} caption={t("tokensTitle")} onRevoke={revoke} />}
      <form class="inline" onSubmit={create}>
        <label>
          {t("tokenName")} <input required maxLength={80} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>{" "}
        <label>
          {t("tokenDays")} <input type="number" min={1} max={365} step={1} required value={days} onInput={(e) => setDays(e.currentTarget.value)} />
        </label>{" "}
        <button type="submit">{t("tokenCreate")}</button>
      </form>
    </section>
  );
}
