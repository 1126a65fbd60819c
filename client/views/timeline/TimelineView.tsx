// The case over time: key figures of every round as small charts with a table alternative (cards on a phone), links to
// compare two rounds, and each pair's trend; level, threshold and dimension are switches kept in the URL.
import { useEffect, useMemo, useState } from "preact/hooks";
import { Api } from "../../api/endpoints.ts";
import { FollowUpApi, type TimelineAnswer } from "../../api/follow-up.ts";
import { ErrorMessage, Loading } from "../../components/ErrorMessage.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useAsync } from "../../components/useAsync.ts";
import { longNames } from "../../graph/names.ts";
import { useDebounced } from "../../hooks/useDebounced.ts";
import { useI18n } from "../../i18n/index.ts";
import { href } from "../../router.ts";
import { useApp } from "../../state.ts";
import { thresholdFrom } from "../compare/CompareView.tsx";
import { ViewSwitches, type SwitchValues } from "../../components/ViewSwitches.tsx";
import { FigureChart } from "./FigureChart.tsx";
import { PairTrends } from "./PairTrends.tsx";

type Figure = "responseRate" | "meanScore" | "weakShare" | "reciprocity";
const FIGURES: [Figure, "share" | "score"][] = [["responseRate", "share"], ["meanScore", "score"], ["weakShare", "share"], ["reciprocity", "share"]];
const TITLE = { responseRate: "responseRate", meanScore: "meanScore", weakShare: "timelineWeakShare", reciprocity: "timelineReciprocity" } as const;

export function TimelineView({ caseId, query }: { caseId: string; query: URLSearchParams }) {
  const { t, lang, num, pct, date } = useI18n();
  const { roles, instruments } = useApp();
  const [view, setView] = useState<SwitchValues>(() => ({
    by: query.get("by") === "member" ? "member" : "role",
    threshold: thresholdFrom(query),
    dimension: query.get("dim") || "all",
  }));
  const wanted = useDebounced(view, 200);
  const meta = useAsync(async () => {
    const [kase, rounds] = await Promise.all([Api.getCase(caseId), Api.rounds(caseId)]);
    return { kase, rounds };
  }, [caseId]);
  const data = useAsync(() => FollowUpApi.timeline(caseId, wanted), [caseId, wanted.by, wanted.threshold, wanted.dimension]);
  useEffect(() => {
    const p = new URLSearchParams({ by: view.by, t: String(view.threshold), dim: view.dimension });
    history.replaceState(null, "", `${href("cases", caseId, "timeline")}?${p}`);
  }, [view]);
  const names = useMemo(() => (data.data ? longNames(data.data.nodes, roles, lang) : new Map<string, string>()), [data.data, roles, lang]);

  if (meta.error) return <ErrorMessage error={meta.error} onRetry={meta.reload} />;
  if (!meta.data) return <Loading />;
  const { kase, rounds } = meta.data;
  const latest = [...rounds].filter((r) => r.source === "survey").sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  const items = instruments.find((i) => i.id === (latest?.instrumentId ?? "rc7"))?.items ?? [];
  const tl: TimelineAnswer | undefined = data.data;
  const format = (scale: "share" | "score") => (v: number | null) => (scale === "share" ? pct(v) : num(v));
  const compareUrl = (a: string, b: string) => `${href("cases", caseId, "compare")}?${new URLSearchParams({ a, b, by: view.by, t: String(view.threshold) })}`;
  return (
    <section class="timeline-page">
      <p class="crumbs">
        <a href="#/">{t("navCases")}</a> › <a href={href("cases", caseId)}>{kase.code}</a>
      </p>
      <PageTitle>{t("timelineTitle", { code: kase.code })}</PageTitle>
      <ViewSwitches value={view} onChange={setView} items={items} name="timeline" allOnly={!latest} />
      <ErrorMessage error={data.error} onRetry={data.reload} />
      {!tl && !data.error && <Loading />}
      {tl && tl.rounds.length === 0 && <p data-testid="timeline-empty">{t("timelineEmpty")}</p>}
      {tl && tl.rounds.length > 0 && (
        <>
          <section class="panel" aria-labelledby="figures-h">
            <h2 id="figures-h">{t("timelineFigures")}</h2>
            {tl.rounds.some((r) => !r.available) && <p class="notice">{t("timelineUnavailable")}</p>}
            <div class="figure-grid">
              {FIGURES.map(([f, scale]) => (
                <FigureChart key={f} title={t(TITLE[f])} values={tl.rounds.map((r) => r[f])} rounds={tl.rounds.map((r) => r.name)} scale={scale} format={format(scale)} />
              ))}
            </div>
            <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="figures-table-c">
              <table class="list figures-table stack-narrow" data-testid="figures-table">
                <caption id="figures-table-c">{t("timelineTable")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("timelineRound")}</th>
                    <th scope="col">{t("timelineDate")}</th>
                    {FIGURES.map(([f]) => (
                      <th scope="col" class="num" key={f}>
                        {t(TITLE[f])}
                      </th>
                    ))}
                    <th scope="col" class="num">
                      {t("timelineWeakLinks")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {tl.rounds.map((r) => (
                    <tr key={r.id}>
                      <th scope="row">
                        <a href={href("rounds", r.id, "meeting")}>{r.name}</a>
                      </th>
                      <td data-label={t("timelineDate")}>{date(r.date)}</td>
                      {FIGURES.map(([f, scale]) => (
                        <td class="num" key={f} data-label={t(TITLE[f])}>
                          {format(scale)(r[f])}
                        </td>
                      ))}
                      <td class="num" data-label={t("timelineWeakLinks")}>{r.available ? t("timelineWeakOf", { weak: r.weak, links: r.links }) : "–"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p class="muted small-note">{t("timelineReciprocityNote")}</p>
            {tl.rounds.length > 1 && (
              <>
                <h3>{t("timelineCompare")}</h3>
                <ul class="compare-links" data-testid="compare-links">
                  {tl.rounds.slice(1).map((r, i) => (
                    <li key={r.id}>
                      <a href={compareUrl(tl.rounds[i].id, r.id)}>{t("timelineCompareOne", { a: tl.rounds[i].name, b: r.name })}</a>
                    </li>
                  ))}
                  {tl.rounds.length > 2 && (
                    <li>
                      <a href={compareUrl(tl.rounds[0].id, tl.rounds.at(-1)!.id)}>{t("timelineCompareOne", { a: tl.rounds[0].name, b: tl.rounds.at(-1)!.name })}</a>
                    </li>
                  )}
                </ul>
              </>
            )}
          </section>
          <PairTrends timeline={tl} name={(id) => names.get(id) ?? id} />
        </>
      )}
    </section>
  );
}
