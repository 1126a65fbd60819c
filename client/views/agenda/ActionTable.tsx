// The actions as a table: what, about which link, who, by when, status (changed in place) and, for earlier rounds, before → after.
import { useState } from "preact/hooks";
import type { Member } from "../../../domain/index.ts";
import { RequestError } from "../../api/http.ts";
import type { ActionView } from "../../api/follow-up.ts";
import { ErrorMessage } from "../../components/ErrorMessage.tsx";
import { useI18n } from "../../i18n/index.ts";
import { roleName, useApp } from "../../state.ts";
import { BeforeAfter } from "./BeforeAfter.tsx";
import { aboutLabel } from "./names.ts";

const STATUSES = ["open", "done", "dropped"] as const;
type Status = (typeof STATUSES)[number];

interface Props {
  actions: ActionView[];
  members: Member[];
  caption: string;
  /** Show the round the action was agreed in (the case's list). */
  showRound?: boolean;
  /** Show before → after (actions of earlier rounds). */
  showFollowUp?: boolean;
  /** Changes the status; absent = read only. */
  onStatus?: (a: ActionView, status: Status) => Promise<void>;
  onEdit?: (a: ActionView) => void;
  testId?: string;
}

/** A calendar day "2026-01-15" in the user's language; the stored day is kept as it is (no time zone shift). */
export function useDay(): (day: string | null) => string {
  const { date } = useI18n();
  return (day) => (day ? date(`${day}T12:00:00Z`) : "–");
}

export function ActionTable({ actions, members, caption, showRound, showFollowUp, onStatus, onEdit, testId }: Props) {
  const { t, lang } = useI18n();
  const { roles } = useApp();
  const day = useDay();
  const [error, setError] = useState<unknown>(null);
  const change = async (a: ActionView, status: Status) => {
    setError(null);
    try {
      await onStatus!(a, status);
    } catch (err) {
      setError(err instanceof RequestError && err.code === "action_changed" ? new Error(t("actionChangedElsewhere")) : err);
    }
  };
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <ErrorMessage error={error} />
      {/* Explicit roles: on a phone the rows stack as blocks (CSS), which must not drop the table semantics. */}
      <table class="list actions-table" data-testid={testId} role="table">
        <caption class="sr-only">{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">{t("actionWhat")}</th>
            <th scope="col" role="columnheader">{t("actionAbout")}</th>
            {showRound && <th scope="col" role="columnheader">{t("actionRound")}</th>}
            <th scope="col" role="columnheader">{t("actionWho")}</th>
            <th scope="col" role="columnheader">{t("actionDue")}</th>
            <th scope="col" role="columnheader">{t("actionStatus")}</th>
            {showFollowUp && <th scope="col" role="columnheader">{t("actionBeforeAfter")}</th>}
            {onEdit && (
              <th scope="col" role="columnheader">
                <span class="sr-only">{t("edit")}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {actions.map((a) => (
            <tr key={a.id} class={`action-${a.status}`} role="row">
              <th scope="row" role="rowheader">
                {a.what}
              </th>
              <td role="cell" data-label={t("actionAbout")}>{aboutLabel(a.about, members, roles, lang, t)}</td>
              {showRound && <td role="cell" data-label={t("actionRound")}>{a.round.name}</td>}
              <td role="cell" data-label={t("actionWho")}>{roleName(roles, a.who, lang)}</td>
              <td role="cell" data-label={t("actionDue")}>{day(a.due)}</td>
              <td role="cell" data-label={t("actionStatus")}>
                {onStatus ? (
                  <>
                    <select aria-label={`${t("actionStatus")}: ${a.what}`} value={a.status} onChange={(e) => change(a, e.currentTarget.value as Status)} data-testid="action-status">
                      {STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {t(`actionStatus_${s}`)}
                        </option>
                      ))}
                    </select>
                    <span class="print-only">{t(`actionStatus_${a.status}`)}</span>
                  </>
                ) : (
                  <span class={`badge action-${a.status}`}>{t(`actionStatus_${a.status}`)}</span>
                )}
              </td>
              {showFollowUp && (
                <td role="cell" data-label={t("actionBeforeAfter")}>
                  <BeforeAfter action={a} />
                </td>
              )}
              {onEdit && (
                <td role="cell" class="action-edit">
                  <button type="button" class="small" onClick={() => onEdit(a)}>
                    {t("edit")}
                    <span class="sr-only">: {a.what}</span>
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
