// A table of API tokens (name, created, expires, valid or expired) with a delete button each; used by the account page and the users page.
import type { ApiTokenView } from "../../api/account.ts";
import { useI18n } from "../../i18n/index.ts";

export function TokenTable({ tokens, caption, onRevoke }: { tokens: ApiTokenView[]; caption: string; onRevoke: (t: ApiTokenView) => void }) {
  const { t, dateTime } = useI18n();
  if (tokens.length === 0) return <p>{t("tokensNone")}</p>;
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table class="list">
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("tokenName")}</th>
            <th scope="col">{t("tokenCreated")}</th>
            <th scope="col">{t("tokenExpires")}</th>
            <th scope="col">{t("tokenState")}</th>
            <th scope="col">
              <span class="sr-only">{t("tokenRevoke")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((k) => (
            <tr key={k.id}>
              <th scope="row">{k.name}</th>
              <td>{dateTime(k.createdAt)}</td>
              <td>{dateTime(k.expiresAt)}</td>
              <td>{k.expired ? t("tokenExpired") : t("tokenActive")}</td>
              <td>
                <button type="button" class="small danger" aria-label={`${t("tokenRevoke")}: ${k.name}`} onClick={() => onRevoke(k)}>
                  {t("tokenRevoke")}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
