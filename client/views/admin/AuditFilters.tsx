// The audit log's filter form: action, case id and a date range (whole local days; the server's `to` is exclusive).
import { useState } from "preact/hooks";
import { AuditAction } from "../../../domain/audit.ts";
import type { AuditFilterQuery } from "../../api/account.ts";
import { auditActionLabel } from "../../i18n/audit-actions.ts";
import { useI18n } from "../../i18n/index.ts";

/** The form's fields as typed: dates as "YYYY-MM-DD" (local days). */
export interface AuditFormValues {
  action: string;
  caseId: string;
  from: string;
  to: string;
}

export const EMPTY_FILTER: AuditFormValues = { action: "", caseId: "", from: "", to: "" };

/** Start of a local day as an ISO time; `plusDays` = 1 gives the end of the day (exclusive). */
function dayStart(day: string, plusDays = 0): string | undefined {
  if (!day) return undefined;
  const d = new Date(`${day}T00:00:00`);
  if (Number.isNaN(d.getTime())) return undefined;
  d.setDate(d.getDate() + plusDays);
  return d.toISOString();
}

/** The form's values as the API's query: the "to" day is included, so the bound is the next midnight. */
export function toQuery(v: AuditFormValues): AuditFilterQuery {
  return {
    action: (v.action || undefined) as AuditFilterQuery["action"],
    caseId: v.caseId.trim() || undefined,
    from: dayStart(v.from),
    to: dayStart(v.to, 1),
  };
}

export function AuditFilters({ onApply }: { onApply: (v: AuditFormValues) => void }) {
  const { t, lang } = useI18n();
  const [v, setV] = useState(EMPTY_FILTER);
  const set = (k: keyof AuditFormValues) => (e: Event) => setV({ ...v, [k]: (e.currentTarget as HTMLInputElement).value });
  const submit = (e: Event) => {
    e.preventDefault();
    onApply(v);
  };
  const clear = () => {
    setV(EMPTY_FILTER);
    onApply(EMPTY_FILTER);
  };
  return (
    <form class="inline audit-filters" onSubmit={submit} aria-label={t("auditFilters")}>
      <label>
        {t("auditAction")}{" "}
        <select value={v.action} onChange={set("action")}>
          <option value="">{t("auditAllActions")}</option>
          {AuditAction.options.map((a) => (
            <option key={a} value={a} title={a}>
              {auditActionLabel(lang, a)}
            </option>
          ))}
        </select>
      </label>{" "}
      <label>
        {t("auditCaseId")} <input value={v.caseId} size={14} pattern="[A-Za-z0-9_\-]{1,64}" onInput={set("caseId")} />
      </label>{" "}
      <label>
        {t("auditFrom")} <input type="date" value={v.from} onInput={set("from")} />
      </label>{" "}
      <label>
        {t("auditTo")} <input type="date" value={v.to} onInput={set("to")} />
      </label>{" "}
      <button type="submit" class="primary">
        {t("auditApply")}
      </button>{" "}
      <button type="button" onClick={clear}>
        {t("auditClear")}
      </button>
    </form>
  );
}
