// Header of the printed handout: case, round, date, threshold, dimension, level and response rate (hidden on screen).
import type { AnalysisResult } from "../../../analysis/types.ts";
import type { Round } from "../../../domain/index.ts";
import type { InstrumentItem } from "../../../surveys/schema.ts";
import { useI18n, type Lang, type T } from "../../i18n/index.ts";

/** The dimension as the switch names it: all seven, one of the two groups, or "n. short item text". */
export function dimensionLabel(dimension: string, items: InstrumentItem[], t: T, lang: Lang): string {
  if (dimension === "all") return t("dimAll");
  if (dimension === "communication") return t("dimCommunication");
  if (dimension === "relationship") return t("dimRelationship");
  const i = items.findIndex((it) => it.id === dimension);
  return i < 0 ? dimension : `${i + 1}. ${items[i].short[lang]}`;
}

interface Props {
  code: string;
  round: Round;
  analysis: AnalysisResult;
  items: InstrumentItem[];
}

export function HandoutHeader({ code, round, analysis, items }: Props) {
  const { t, lang, num, pct, date } = useI18n();
  const facts: [string, string][] = [
    [t("handoutRound"), round.name],
    [t("handoutDate"), date(round.closedAt ?? round.openedAt ?? round.createdAt)],
    [t("handoutThreshold"), `≤ ${num(analysis.threshold)}`],
    [t("handoutDimension"), dimensionLabel(analysis.dimension ?? "all", items, t, lang)],
    [t("handoutLevel"), analysis.by === "member" ? t("levelMember") : t("levelRole")],
    [t("responseRate"), pct(analysis.summary.responseRate)],
  ];
  return (
    <header class="handout-header" data-testid="handout-header">
      <p class="handout-case">{t("meetingTitle", { code })}</p>
      <dl>
        {facts.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <p class="handout-printed">{t("printedOn", { date: date(new Date().toISOString()) })}</p>
    </header>
  );
}
