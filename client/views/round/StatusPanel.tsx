// Response status of an open round: state per seat (family seats and the child's link marked), the team's response
// rate, each member's mail and «Send påminnelse» when the server sends mail, and the send-again list; refreshes by
// itself while open and visible, and says what changed (aria-live); with the mail column it stacks on a phone, so
// explicit roles. A declined family/child answer looks like any answer.
import { useEffect, useRef, useState } from "preact/hooks";
import { Api, type ReminderReport } from "../../api/endpoints.ts";
import type { Round } from "../../../domain/index.ts";
import { ErrorMessage } from "../../components/ErrorMessage.tsx";
import { RoleDot } from "../../components/RoleDot.tsx";
import { useAsync } from "../../components/useAsync.ts";
import { useMailInfo } from "../../hooks/useMailInfo.ts";
import { useI18n } from "../../i18n/index.ts";
import { useApp } from "../../state.ts";
import { FormBadge } from "./FormBadge.tsx";
import { MailCell, ReminderBox } from "./MailStatus.tsx";
import { statusChanges, statusModel, type StatusRow } from "./status-model.ts";
import { useStatusPoll } from "./useStatusPoll.ts";

const STATE_ICON = { submitted: "✓", draft: "✎", opened: "○", not_opened: "–", no_link: "–" } as const;

interface Props {
  round: Pick<Round, "id" | "family" | "child">;
  live: boolean;
  /** Called with the answer of «Send påminnelse». */
  onReminders?: (sent: ReminderReport) => void;
}

export function StatusPanel({ round, live, onReminders }: Props) {
  const { t, lang, pct } = useI18n();
  const { roles } = useApp();
  const status = useAsync(() => Api.status(round.id).then((report) => ({ report, at: Date.now() })), [round.id]);
  useStatusPoll(live, status.reload, status.data?.at ?? 0);
  const model = status.data ? statusModel(round, status.data.report, roles, lang, t) : null;
  // What changed since the previous fetch, said once by the live region (the first fetch says nothing).
  const previous = useRef<StatusRow[] | null>(null);
  const [changes, setChanges] = useState("");
  useEffect(() => {
    if (!model) return;
    const changed = previous.current ? statusChanges(previous.current, model.rows) : [];
    previous.current = model.rows;
    if (changed.length > 0) setChanges(t("statusChanged", { list: changed.map((r) => `${r.name}: ${t(`state_${r.state}`).toLocaleLowerCase(lang)}`).join(", ") }));
  }, [status.data]);
  const mail = useMailInfo();
  const time = status.data ? new Date(status.data.at).toLocaleTimeString(lang === "en" ? "en-GB" : "nb-NO", { hour: "2-digit", minute: "2-digit" }) : "";
  const pending = model?.rows.filter((r) => r.state !== "submitted") ?? [];
  const mailOf = new Map(status.data?.report.members.map((m) => [m.memberId, m.mail]) ?? []);
  // The mail column shows when the server sends mail or anything was mailed (addresses are erased at close, the record stays).
  const showMail = mail?.enabled === true || status.data?.report.members.some((m) => m.mail.hasEmail || m.mail.last) === true;
  return (
    <section class="card" aria-labelledby="status-h">
      <div class="title-row">
        <h2 id="status-h">{t("statusTitle")}</h2>
        <button type="button" class="small" onClick={status.reload}>
          {t("refresh")}
        </button>
      </div>
      <ErrorMessage error={status.error} onRetry={status.reload} />
      {live && model && (
        <p class="muted small-note" data-testid="status-auto">
          {t("statusAuto", { time })}
        </p>
      )}
      <p class="notice live" aria-live="polite" data-testid="status-changes">
        {changes}
      </p>
      {model && (
        <>
          <p class="big-number" role="status">
            {t(model.hasVoices ? "responseRateTeam" : "responseRate")}: <strong data-testid="response-rate">{pct(model.teamRate)}</strong>
          </p>
          {model.hasVoices && <p class="muted small-note">{t("responseRateTeamNote")}</p>}
          <table class={`list status-table${showMail ? " with-mail" : ""}`} data-testid="status" role="table">
            <caption class="sr-only">{t("statusTitle")}</caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">
                  {t("role")}
                </th>
                <th scope="col" role="columnheader">
                  {t("statusTitle")}
                </th>
                {showMail && (
                  <th scope="col" role="columnheader">
                    {t("mailCol")}
                  </th>
                )}
              </tr>
            </thead>
            <tbody role="rowgroup">
              {model.rows.map((r) => (
                <tr key={r.id} class={`state-${r.state} seat-${r.form}`} role="row">
                  <th scope="row" role="rowheader">
                    {r.role && <RoleDot role={r.role} />} {r.name} <FormBadge form={r.form} />
                    {r.form === "family" && <span class="seat-note">{t("answersFamilyForm")}</span>}
                  </th>
                  <td role="cell">
                    <span aria-hidden="true">{STATE_ICON[r.state] ?? ""} </span>
                    {t(`state_${r.state}`)}
                  </td>
                  {showMail && <td class="mail-cell" role="cell">{mailOf.get(r.id) ? <MailCell mail={mailOf.get(r.id)!} max={mail?.reminders.max ?? 0} /> : null}</td>}
                </tr>
              ))}
            </tbody>
          </table>
          {live && mail?.enabled && status.data && status.data.report.mail.withAddress > 0 && (
            <ReminderBox
              roundId={round.id}
              report={status.data.report}
              mail={mail}
              onSent={(sent) => {
                status.reload();
                if (sent) onReminders?.(sent);
              }}
            />
          )}
          <h3>{t("sendAgain")}</h3>
          {pending.length === 0 ? (
            <p>{t("allAnswered")}</p>
          ) : (
            <ul class="send-again">
              {pending.map((r) => (
                <li key={r.id}>{r.name}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
