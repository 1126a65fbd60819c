// Key figures of the round: response rate, mean score, share of links to strengthen, reciprocity.
import type { AnalysisSummary } from "../../api/types.ts";
import { useI18n } from "../../i18n/index.ts";

export function Summary({ summary }: { summary: AnalysisSummary }) {
  const { t, num, pct } = useI18n();
  const items: [string, string][] = [
    [t("responseRate"), pct(summary.responseRate)],
    [t("meanScore"), num(summary.meanScore)],
    [t("weakShare"), pct(summary.weakShare)],
    [t("reciprocity"), pct(summary.reciprocity)],
  ];
  return (
    <dl class="summary" aria-label={t("summaryTitle")}>
      {items.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
