// Admin: the retention setting, the cases it erases within 60 days, and each one's access-request file.
import { useState } from "preact/hooks";
import { Api } from "../../api/endpoints.ts";
import { ErrorMessage, Loading } from "../../components/ErrorMessage.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useAsync } from "../../components/useAsync.ts";
import { useI18n } from "../../i18n/index.ts";

/** How far ahead the list looks: two months' notice to export a case or reopen its round. */
const NOTICE_DAYS = 60;

export function RetentionView() {
  const { t, date } = useI18n();
  const due = useAsync(() => Api.retention(NOTICE_DAYS), []);
  const [error, setError] = useState<unknown>(null);
  const [months, setMonths] = useState<string | null>(null);
  const save = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      await Api.updateSettings({ retentionMonths: Number(months ?? due.data?.retentionMonths) });
      setMonths(null);
      due.reload();
    } catch (err) {
      setError(err);
    }
  };
  const view = due.data;
  const now = Date.now();
  return (
    <section>
      <PageTitle>{t("retentionTitle")}</PageTitle>
      <ErrorMessage error={due.error ?? error} onRetry={due.reload} />
      {!view && !due.error && <Loading />}
      {view && (
        <>
          <p>{view.retentionMonths > 0 ? t("retentionRule", { months: view.retentionMonths }) : t("retentionOff")}</p>
          <form class="inline" onSubmit={save}>
            <label>
              {t("retentionMonths")}{" "}
              <input type="number" min={0} max={240} step={1} required value={months ?? String(view.retentionMonths)} onInput={(e) => setMonths(e.currentTarget.value)} />
            </label>{" "}
            <button type="submit">{t("save")}</button>
          </form>
          <h2>{t("retentionDueTitle", { days: view.days })}</h2>
          {view.cases.length === 0 ? (
            <p>{t("retentionNone", { days: view.days })}</p>
          ) : (
            <div class="table-wrap">
              <table class="list">
                <caption class="sr-only">{t("retentionDueTitle", { days: view.days })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("caseCode")}</th>
                    <th scope="col">{t("district")}</th>
                    <th scope="col">{t("retentionSince")}</th>
                    <th scope="col">{t("retentionErasesAt")}</th>
                    <th scope="col">{t("accessExport")}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.cases.map((c) => (
                    <tr key={c.caseId}>
                      <th scope="row">
                        <a href={`#/cases/${encodeURIComponent(c.caseId)}`}>{c.code}</a>
                      </th>
                      <td>{c.unit ? `${c.district} · ${c.unit}` : c.district}</td>
                      <td>{date(c.since)}</td>
                      <td>{Date.parse(c.erasesAt) <= now ? t("retentionOverdue") : date(c.erasesAt)}</td>
                      <td>
                        <a class="button small" href={Api.accessExportUrl(c.caseId)} download>
                          {t("accessExport")}
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p class="muted">{t("accessExportHelp")}</p>
        </>
      )}
    </section>
  );
}
