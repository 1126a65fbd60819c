// Figures for each node with plain words: good collaboration received and given (in/out degree), means, bridge builder.
import type { AnalysisResult } from "../../../analysis/types.ts";
import { useI18n } from "../../i18n/index.ts";
import type { RoundMetrics } from "./metrics.ts";
import type { NodeNames } from "./model.ts";

export function NodeMetrics({ analysis, names, metrics }: { analysis: AnalysisResult; names: NodeNames; metrics: RoundMetrics }) {
  const { t, num } = useI18n();
  const others = analysis.nodes.length - 1;
  const cols: [string, string][] = [
    [t("inDegree"), t("explainInDegree")],
    [t("outDegree"), t("explainOutDegree")],
    [t("meanReceived"), t("explainMeanReceived")],
    [t("meanGiven"), t("explainMeanGiven")],
    [t("betweenness"), t("explainBetweenness")],
  ];
  return (
    <section class="panel node-metrics no-print" aria-labelledby="node-metrics-h">
      <h2 id="node-metrics-h">{t("nodeMetricsTitle")}</h2>
      <p class="muted">{t("nodeMetricsIntro", { t: num(analysis.threshold) })}</p>
      <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="node-metrics-h">
        <table class="list" data-testid="node-metrics">
          <thead>
            <tr>
              <th scope="col">{t("colName")}</th>
              {cols.map(([c]) => (
                <th scope="col" key={c}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {analysis.nodes.map((n) => {
              const d = metrics.degrees.get(n.id) ?? { in: 0, out: 0 };
              return (
                <tr key={n.id}>
                  <th scope="row">{names.long(n.id)}</th>
                  <td>{t("degreeOf", { k: d.in, n: others })}</td>
                  <td>{n.responded ? t("degreeOf", { k: d.out, n: others }) : <span class="muted">{t("notAnswered")}</span>}</td>
                  <td>{num(n.inMean)}</td>
                  <td>{n.responded ? num(n.outMean) : <span class="muted">{t("notAnswered")}</span>}</td>
                  <td>{num(n.betweenness)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <dl class="explain-list">
        {cols.map(([c, e]) => (
          <div key={c}>
            <dt>{c}</dt>
            <dd>{e}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
