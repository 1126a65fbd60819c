// List of the cases the user may see, with a link to create a new one.
import { Api } from "../../api/endpoints.ts";
import { ErrorMessage, Loading } from "../../components/ErrorMessage.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useAsync } from "../../components/useAsync.ts";
import { useI18n } from "../../i18n/index.ts";
import { href } from "../../router.ts";
import { useApp } from "../../state.ts";

export function CaseListView() {
  const { t } = useI18n();
  const { user } = useApp();
  const cases = useAsync(() => Api.cases(), []);
  const sorted = [...(cases.data ?? [])].sort((a, b) => a.code.localeCompare(b.code, "nb"));
  return (
    <section>
      <div class="title-row">
        <PageTitle>{t("casesTitle")}</PageTitle>
        {user?.role !== "evaluator" && (
          <a class="button primary" href="#/cases/new">
            {t("newCase")}
          </a>
        )}
      </div>
      <ErrorMessage error={cases.error} onRetry={cases.reload} />
      {cases.loading && !cases.data && <Loading />}
      {cases.data && sorted.length === 0 && <p>{t("noCases")}</p>}
      {sorted.length > 0 && (
        <table class="list">
          <caption class="sr-only">{t("casesTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("caseCode")}</th>
              <th scope="col">{t("district")}</th>
              <th scope="col">{t("unit")}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <a href={href("cases", c.id)}>{c.code}</a>
                </th>
                <td>{c.district}</td>
                <td>{c.unit}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
