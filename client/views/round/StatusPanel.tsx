// Response status of an open round: state per member, response rate and the send-again list; polls while open.
import { useEffect } from "preact/hooks";
import { Api } from "../../api/endpoints.ts";
import { ErrorMessage } from "../../components/ErrorMessage.tsx";
import { RoleDot } from "../../components/RoleDot.tsx";
import { useAsync } from "../../components/useAsync.ts";
import { useI18n } from "../../i18n/index.ts";
import { memberName, useApp } from "../../state.ts";

const STATE_ICON = { submitted: "✓", draft: "✎", opened: "○", not_opened: "–" } as const;

export function StatusPanel({ roundId, live }: { roundId: string; live: boolean }) {
  const { t, lang, pct } = useI18n();
  const { roles } = useApp();
  const status = useAsync(() => Api.status(roundId), [roundId]);
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(status.reload, 15_000);
    return () => clearInterval(timer);
  }, [live, roundId]);
  const members = status.data?.members ?? [];
  const pending = members.filter((m) => m.state !== "submitted");
  return (
    <section class="card" aria-labelledby="status-h">
      <div class="title-row">
        <h2 id="status-h">{t("statusTitle")}</h2>
        <button type="button" class="small" onClick={status.reload}>
          {t("refresh")}
        </button>
      </div>
      <ErrorMessage error={status.error} onRetry={status.reload} />
      {status.data && (
        <>
          <p class="big-number" role="status">
            {t("responseRate")}: <strong data-testid="response-rate">{pct(status.data.responseRate)}</strong>
          </p>
          <table class="list">
            <caption class="sr-only">{t("statusTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("role")}</th>
                <th scope="col">{t("statusTitle")}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.memberId} class={`state-${m.state}`}>
                  <th scope="row">
                    <RoleDot role={m.role} /> {memberName(roles, m, lang)}
                  </th>
                  <td>
                    <span aria-hidden="true">{STATE_ICON[m.state] ?? ""} </span>
                    {t(`state_${m.state}`)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t("sendAgain")}</h3>
          {pending.length === 0 ? (
            <p>{t("allAnswered")}</p>
          ) : (
            <ul class="send-again">
              {pending.map((m) => (
                <li key={m.memberId}>{memberName(roles, m, lang)}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
