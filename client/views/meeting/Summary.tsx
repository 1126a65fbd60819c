// Key figures of the round, each with a one-line explanation: response rate, mean, share to strengthen, reciprocity over
// answered pairs (non-answers shown apart) and density.
import type { AnalysisResult } from "../../../analysis/types.ts";
import { useI18n } from "../../i18n/index.ts";
import type { RoundMetrics } from "./metrics.ts";

export function Summary({ analysis, metrics, compact = false }: { analysis: AnalysisResult; metrics: RoundMetrics; compact?: boolean }) {
  const { t, num, pct } = useI18n();
  const s = analysis.summary;
  const th = num(analysis.threshold);
  const r = metrics.reciprocity;
  const items: { key: string; label: string; value: string; explain: string }[] = [
    { key: "response", label: t("responseRate"), value: pct(s.responseRate), explain: t("explainResponseRate") },
    { key: "mean", label: t("meanScore"), value: num(s.meanScore), explain: t("explainMeanScore") },
    { key: "weak", label: t("weakShare"), value: pct(s.weakShare), explain: t("explainWeakShare", { t: th }) },
    { key: "reciprocity", label: t("reciprocity"), value: pct(r.reciprocity), explain: t("explainReciprocity") },
    { key: "density", label: t("density"), value: pct(metrics.density), explain: t("explainDensity") },
  ];
  return (
    <div class={`summary-wrap${compact ? " compact" : ""}`}>
      <dl class={`summary${compact ? " compact" : ""}`} aria-label={t("summaryTitle")} data-testid="summary">
        {items.map((it) => (
          <div key={it.key} data-metric={it.key}>
            <dt>{it.label}</dt>
            <dd>
              <span class="value">{it.value}</span>
              {!compact && <span class="explain">{it.explain}</span>}
            </dd>
          </div>
        ))}
      </dl>
      {r.unanswered > 0 && (
        <p class="summary-note" data-testid="reciprocity-note">
          {t("reciprocityUnanswered", { n: r.unanswered })}
        </p>
      )}
    </div>
  );
}
