// Admin, per user: their API tokens (loaded when opened) with revoking, and deleting the user after a confirmation.
import { useState } from "preact/hooks";
import { AccountApi, type ApiTokenView } from "../../api/account.ts";
import type { PublicUser as User } from "../../../domain/index.ts";
import { ErrorMessage, Loading } from "../../components/ErrorMessage.tsx";
import { useI18n } from "../../i18n/index.ts";
import { useApp } from "../../state.ts";
import { TokenTable } from "../account/TokenTable.tsx";

export function UserManage({ user, onDeleted }: { user: User; onDeleted: () => void }) {
  const { t } = useI18n();
  const me = useApp().user;
  const [tokens, setTokens] = useState<ApiTokenView[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async (fn: () => Promise<void>) => {
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(e);
    }
  };
  const load = () => run(async () => setTokens(await AccountApi.userTokens(user.id)));
  const revoke = (k: ApiTokenView) => {
    if (window.confirm(t("tokenRevokeConfirm", { name: k.name }))) void run(async () => {
      await AccountApi.revokeUserToken(user.id, k.id);
      setTokens(await AccountApi.userTokens(user.id));
    });
  };
  const remove = () => {
    if (window.confirm(t("userDeleteConfirm", { name: user.name, email: user.email }))) void run(async () => {
      await AccountApi.deleteUser(user.id);
      onDeleted();
    });
  };
  const self = me?.id === user.id;
  return (
    <details class="user-manage" onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && tokens === null && void load()}>
      <summary>
        {t("userManage")}
        <span class="sr-only">: {user.name}</span>
      </summary>
      <h3>{t("userTokensOf", { name: user.name })}</h3>
      <ErrorMessage error={error} />
      {tokens === null && !error && <Loading />}
      {tokens && <TokenTable tokens={tokens} caption={t("userTokensOf", { name: user.name })} onRevoke={revoke} />}
      <p>
        <button type="button" class="small danger" disabled={self} aria-label={`${t("userDelete")}: ${user.name}`} onClick={remove}>
          {t("userDelete")}
        </button>{" "}
        {self && <span class="muted small-note">{t("userDeleteSelf")}</span>}
      </p>
    </details>
  );
}
