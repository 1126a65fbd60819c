// Each pair's score across the rounds: a sparkline beside the numbers per round and the change, weakest now first (cards on a phone).
import { useState } from "preact/hooks";
import type { TimelineAnswer } from "../../api/follow-up.ts";
import { useI18n } from "../../i18n/index.ts";
import { Sparkline } from "./Sparkline.tsx";

type Pair = TimelineAnswer["pairs"][number];

/** The last score a pair has, and its change since its first (null with fewer than two). */
export function trendOf(scores: (number | null)[]): { last: number | null; change: number | null } {
  const known = scores.filter((s): s is number => s !== null);
  return { last: known.at(-1) ?? null, change: known.length > 1 ? known.at(-1)! - known[0] : null };
}

interface Props {
  timeline: TimelineAnswer;
  name: (id: string) => string;
}

export function PairTrends({ timeline, name }: Props) {
  const { t, num, delta } = useI18n();
  const [onlyWeak, setOnlyWeak] = useState(timeline.pairs.length > 30);
  const weakOnce = (p: Pair) => p.scores.some((s) => s !== null && s <= timeline.threshold + 1e-9);
  const rows = timeline.pairs
    .filter((p) => !onlyWeak || weakOnce(p))
    .map((p) => ({ p, ...trendOf(p.scores) }))
    .sort((a, b) => (a.last ?? 6) - (b.last ?? 6) || name(a.p.source).localeCompare(name(b.p.source), "nb"));
  return (
    <section class="panel" aria-labelledby="pairs-h">
      <h2 id="pairs-h">{t("timelinePairs")}</h2>
      <p class="muted">{t("timelinePairsIntro", { t: num(timeline.threshold) })}</p>
      <label class="check-inline">
        <input type="checkbox" checked={onlyWeak} onChange={(e) => setOnlyWeak(e.currentTarget.checked)} data-testid="only-weak" /> {t("timelineOnlyWeak", { t: num(timeline.threshold) })}
      </label>
      <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="pairs-h">
        <table class="list pair-trends stack-narrow" data-testid="pair-trends">
          <caption class="sr-only">{t("timelinePairs")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("timelinePairCol")}</th>
              <th scope="col">
                <span class="sr-only">{t("timelineTrend")}</span>
              </th>
              {timeline.rounds.map((r) => (
                <th scope="col" key={r.id} class="num">
                  {r.name}
                </th>
              ))}
              <th scope="col" class="num">
                {t("timelineChange")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ p, change }) => (
              <tr key={`${p.source}>${p.target}`}>
                <th scope="row">
                  {name(p.source)} → {name(p.target)}
                </th>
                <td data-label={t("timelineTrend")}>
                  <Sparkline scores={p.scores} threshold={timeline.threshold} />
                </td>
                {p.scores.map((s, i) => (
                  <td key={i} class={`num${s !== null && s <= timeline.threshold + 1e-9 ? " weak-score" : ""}`} data-label={timeline.rounds[i]?.name}>
                    {num(s)}
                  </td>
                ))}
                <td class="num" data-label={t("timelineChange")}>
                  {delta(change)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p>{t("timelineNoPairs")}</p>}
    </section>
  );
}
