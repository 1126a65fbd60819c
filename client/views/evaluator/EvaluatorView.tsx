// Evaluator view: the published release of cross-case aggregates (never a single case) — filters, role × role heatmap
// with n of cases and weak share, the aggregate as a graph, breakdown, change between periods, exports; admins publish.
import { useEffect, useMemo, useState } from "preact/hooks";
import { Api } from "../../api/endpoints.ts";
import { ErrorMessage, Loading } from "../../components/ErrorMessage.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useAsync } from "../../components/useAsync.ts";
import { GraphView } from "../../graph/GraphView.tsx";
import { useI18n } from "../../i18n/index.ts";
import { roleColour, roleName, useApp } from "../../state.ts";
import { Legend } from "../meeting/Legend.tsx";
import { useDebounced } from "../../hooks/useDebounced.ts";
import { AggregateHeatmap } from "./AggregateHeatmap.tsx";
import { Filters } from "./Filters.tsx";
import { aggregateAsAnalysis, filtersFromQuery, filtersToQuery, mostOftenWeak, pairsQuery, type EvaluatorFilters } from "./model.ts";

const EXPORTS: [string, string][] = [
  ["csv", "CSV"],
  ["csv-nb", "CSV (Excel, norsk)"],
  ["xlsx", "Excel (XLSX)"],
  ["json", "JSON"],
];

export function EvaluatorView({ query }: { query: URLSearchParams }) {
  const { t, lang, pct, num, date } = useI18n();
  const { roles, user } = useApp();
  const [filters, setFilters] = useState<EvaluatorFilters>(() => filtersFromQuery(query));
  const [group, setGroup] = useState(0);
  const f = useDebounced(filters, 150);
  useEffect(() => {
    const q = filtersToQuery(filters);
    history.replaceState(null, "", `#/evaluator${q ? `?${q}` : ""}`);
  }, [filters]);

  // Filter choices come from the release itself (evaluators cannot list cases): published districts only.
  const [published, setPublished] = useState(0);
  const options = useAsync(async () => {
    const byDistrict = await Api.aggregates({ by: "district" });
    const names = (byDistrict.breakdowns[0]?.groups ?? []).map((g) => g.group ?? "").filter(Boolean).sort((x, y) => x.localeCompare(y, "nb"));
    return { districts: byDistrict.meta.scope ?? names, meta: byDistrict.meta };
  }, [published]);
  const scope = options.data?.meta.scope ?? null;
  const data = useAsync(() => Api.aggregates(pairsQuery(f)), [f.district, f.period, f.by, published]);
  const changeWanted = !!(f.from && f.to);
  const change = useAsync(
    () => (changeWanted ? Api.aggregateChange({ district: f.district || undefined, by: f.by === "round" || !f.by ? undefined : f.by, from: f.from, to: f.to }) : Promise.resolve(null)),
    [f.district, f.by, f.from, f.to, published],
  );
  const [publishing, setPublishing] = useState<"idle" | "busy" | "done" | Error>("idle");
  const publish = async () => {
    setPublishing("busy");
    try {
      await Api.publishRelease();
      setPublishing("done");
      setPublished((n) => n + 1);
    } catch (err) {
      setPublishing(err instanceof Error ? err : new Error(String(err)));
    }
  };
  useEffect(() => setGroup(0), [f.by]);

  const answer = data.data;
  const graphData = useMemo(() => (answer ? aggregateAsAnalysis(answer, answer.total) : null), [answer]);
  const colourOf = useMemo(() => (r: string) => roleColour(roles, r), [roles]);
  const groups = answer?.breakdowns[0]?.groups ?? [];
  const shownGroup = groups[Math.min(group, groups.length - 1)];
  const often = answer ? mostOftenWeak(answer.total.cells) : [];
  const exportQuery = pairsQuery(f);

  return (
    <section class="evaluator">
      <PageTitle>{t("evaluatorTitle")}</PageTitle>
      <p class="muted">{t("evaluatorIntro")}</p>
      <section class="panel release-panel" aria-labelledby="release-h">
        <h2 id="release-h">{t("releaseTitle")}</h2>
        <p data-testid="release-line">
          {options.data?.meta.release
            ? t("releaseLine", { id: options.data.meta.release.id, date: date(options.data.meta.release.publishedAt) })
            : t("releaseNone")}
        </p>
        <p class="muted">{t("releaseNote")}</p>
        {user?.role === "admin" && (
          <p class="release-actions">
            <button type="button" class="button" onClick={publish} disabled={publishing === "busy"} data-testid="publish-release">
              {publishing === "busy" ? t("releasePublishing") : t("releasePublish")}
            </button>{" "}
            <span role="status">{publishing === "done" ? t("releasePublished") : ""}</span>
          </p>
        )}
        <ErrorMessage error={publishing instanceof Error ? publishing : null} onRetry={publish} />
      </section>
      <Filters
        value={{ ...filters, district: filters.district || (scope?.[0] ?? "") }}
        onChange={setFilters}
        districts={options.data?.districts ?? []}
        periods={options.data?.meta.periods ?? []}
        changes={options.data?.meta.changes ?? []}
        scope={scope}
      />
      <ErrorMessage error={data.error ?? options.error} onRetry={data.reload} />
      {!answer && !data.error && <Loading />}
      {answer && (
        <>
          <p class="meta-line muted" data-testid="aggregate-meta">
            {answer.meta.filters.period ?? "–"} ·{" "}
            {answer.total.cases === null ? t("casesTooFew", { min: answer.meta.minCases }) : t("casesTotal", { n: answer.total.cases })} ·{" "}
            {t("minCasesNote", { min: answer.meta.minCases })} · {t("threshold")}: {num(answer.meta.threshold)}
          </p>
          <div class="evaluator-grid">
            <section class="panel matrix-panel" aria-labelledby="agg-h">
              <h2 id="agg-h">{t("aggregateMatrix")}</h2>
              <p class="caption-note">{t("aggregateCaption", { t: num(answer.meta.threshold), min: answer.meta.minCases })}</p>
              <AggregateHeatmap
                title={t("allCases")}
                roles={answer.roles}
                threshold={answer.meta.threshold}
                release={answer.meta.release?.id ?? null}
                pairs={answer.total.cells}
                testId="aggregate-matrix"
              />
            </section>
            <div class="side">
              <section class="panel" aria-labelledby="often-h">
                <h2 id="often-h">{t("mostOftenWeak")}</h2>
                {often.length === 0 ? (
                  <p>{t("none")}</p>
                ) : (
                  <ol class="pairs" data-testid="often-weak">
                    {often.map((c) => (
                      <li key={`${c.rater}-${c.target}`}>
                        <span class="pair" title={`${roleName(roles, c.rater, lang)} → ${roleName(roles, c.target, lang)}`}>
                          {c.rater} → {c.target}
                        </span>
                        <span class="score weak-score">{pct(c.weakShare)}</span>
                        <span class="muted">{t("casesCount", { n: c.n ?? 0 })}</span>
                      </li>
                    ))}
                  </ol>
                )}
              </section>
              <section class="panel" aria-labelledby="export-h">
                <h2 id="export-h">{t("exportTitle")}</h2>
                <p class="muted">{t("exportNote")}</p>
                <div class="exports">
                  {EXPORTS.map(([format, label]) => (
                    <a key={format} class="button" href={Api.aggregateExportUrl(exportQuery, format)} download data-testid={`export-${format}`}>
                      {label}
                    </a>
                  ))}
                </div>
              </section>
            </div>
          </div>
          <section class="panel graph-panel" aria-labelledby="agg-graph-h">
            <h2 id="agg-graph-h">{t("aggregateGraph")}</h2>
            <p class="caption-note">{t("aggregateGraphNote")}</p>
            {graphData && graphData.edges.length > 0 ? (
              <>
                <GraphView key={roles.length} analysis={graphData} layoutKey="aggregate" sizeBy="in" focus={null} colourOf={colourOf} onClickNode={() => {}} onHoverNode={() => {}} />
                <Legend analysis={graphData} />
              </>
            ) : (
              <p>{t("aggregateGraphEmpty", { min: answer.meta.minCases })}</p>
            )}
          </section>
          {f.by && groups.length > 0 && shownGroup && (
            <section class="panel matrix-panel" aria-labelledby="group-h">
              <h2 id="group-h">{t("breakdownTitle", { by: t(`by_${f.by}`) })}</h2>
              <label class="control">
                <span>{t(`by_${f.by}`)}</span>
                <select value={String(group)} onChange={(e) => setGroup(Number(e.currentTarget.value))} data-testid="group">
                  {groups.map((g, i) => (
                    <option key={g.group ?? i} value={String(i)}>
                      {g.group} ({g.cases === null ? t("casesTooFewShort", { min: answer.meta.minCases }) : t("casesCount", { n: g.cases })})
                    </option>
                  ))}
                </select>
              </label>
              <AggregateHeatmap
                title={`${t(`by_${f.by}`)}: ${shownGroup.group ?? ""}`}
                roles={answer.roles}
                threshold={answer.meta.threshold}
                release={answer.meta.release?.id ?? null}
                pairs={shownGroup.cells}
                testId="group-matrix"
              />
            </section>
          )}
          {changeWanted && (
            <section class="panel matrix-panel" aria-labelledby="change-h">
              <h2 id="change-h">{t("changeTitle", { from: f.from, to: f.to })}</h2>
              <ErrorMessage error={change.error} onRetry={change.reload} />
              {change.data && (
                <>
                  <p class="caption-note">{t("changeCaption", { min: change.data.meta.minCases })}</p>
                  <AggregateHeatmap
                    title={t("changeTitle", { from: f.from, to: f.to })}
                    roles={change.data.roles}
                    threshold={change.data.meta.threshold}
                    release={change.data.meta.release?.id ?? null}
                    change={change.data.total.cells}
                    testId="change-matrix"
                  />
                  <div class="exports">
                    {EXPORTS.map(([format, label]) => (
                      <a key={format} class="button small" href={Api.aggregateExportUrl({ district: f.district, by: exportQuery.by === "round" ? undefined : exportQuery.by, from: f.from, to: f.to }, format)} download>
                        {t("exportChange")}: {label}
                      </a>
                    ))}
                  </div>
                </>
              )}
            </section>
          )}
        </>
      )}
    </section>
  );
}
