// Admin: the audit log newest first (each action in plain words above its code; cards on a phone), filtered by action, case and dates, paged with «Last flere», and downloaded as CSV or JSON.
import { useEffect, useState } from "preact/hooks";
import { AccountApi, type AuditPage } from "../../api/account.ts";
import { ErrorMessage, Loading } from "../../components/ErrorMessage.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { auditActionLabel } from "../../i18n/audit-actions.ts";
import { useI18n } from "../../i18n/index.ts";
import { AuditFilters, EMPTY_FILTER, toQuery, type AuditFormValues } from "./AuditFilters.tsx";

type Entry = AuditPage["entries"][number];

/** The e-mail of a person in an entry, or a placeholder when nobody was logged in. */
const person = (p: Entry["actor"] | undefined, nobody: string) => p?.email ?? p?.id ?? nobody;

export function AuditView() {
  const { t, lang, dateTime } = useI18n();
  const [filter, setFilter] = useState<AuditFormValues>(EMPTY_FILTER);
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [next, setNext] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  /** Loads the first page (before = null) or the page after the ones shown. */
  const load = async (f: AuditFormValues, before: number | null) => {
    setBusy(true);
    setError(null);
    try {
      const page = await AccountApi.audit(toQuery(f), before);
      setEntries((old) => (before && old ? [...old, ...page.entries] : page.entries));
      setNext(page.next);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    void load(filter, null);
  }, [filter]);

  const query = toQuery(filter);
  return (
    <section>
      <PageTitle>{t("auditTitle")}</PageTitle>
      <p>{t("auditIntro")}</p>
      <AuditFilters onApply={(f) => setFilter({ ...f })} />
      <p class="actions">
        <a class="button small" href={AccountApi.auditExportUrl(query, "csv")} download>
          {t("auditDownloadCsv")}
        </a>{" "}
        <a class="button small" href={AccountApi.auditExportUrl(query, "json")} download>
          {t("auditDownloadJson")}
        </a>{" "}
        <span class="muted small-note">{t("auditDownloadHelp")}</span>
      </p>
      <ErrorMessage error={error} onRetry={() => void load(filter, null)} />
      {!entries && !error && <Loading />}
      {entries && entries.length === 0 && <p>{t("auditNone")}</p>}
      {entries && entries.length > 0 && (
        <>
          <div class="table-wrap" tabIndex={0} role="region" aria-label={t("auditTitle")}>
            <table class="list audit stack-narrow">
              <caption class="sr-only">{t("auditTitle")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("auditTime")}</th>
                  <th scope="col">{t("auditWho")}</th>
                  <th scope="col">{t("auditAction")}</th>
                  <th scope="col">{t("auditCase")}</th>
                  <th scope="col">{t("auditAbout")}</th>
                  <th scope="col">{t("auditAddress")}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr key={e.seq}>
                    <th scope="row">
                      <time dateTime={e.at}>{dateTime(e.at)}</time>
                    </th>
                    <td data-label={t("auditWho")}>{person(e.actor, t("auditNobody"))}</td>
                    <td data-label={t("auditAction")}>
                      <span class="audit-action">{auditActionLabel(lang, e.action)}</span> <code class="audit-code">{e.action}</code>
                    </td>
                    <td data-label={t("auditCase")}>{e.caseId ? <a href={`#/cases/${encodeURIComponent(e.caseId)}`}>{e.caseId}</a> : "–"}</td>
                    <td data-label={t("auditAbout")}>{e.target ? person(e.target, "–") : "–"}</td>
                    <td data-label={t("auditAddress")}>{e.ip}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p role="status">{t("auditShown", { n: entries.length })}</p>
          {next !== null && (
            <button type="button" disabled={busy} onClick={() => void load(filter, next)}>
              {t("auditMore")}
            </button>
          )}
        </>
      )}
    </section>
  );
}
