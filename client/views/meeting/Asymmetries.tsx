// Pairs who experience their collaboration differently (|a→b − b→a| ≥ gap), largest gap first, linked to the graph.
import type { AnalysisResult } from "../../api/types.ts";
import { useI18n } from "../../i18n/index.ts";
import type { NodeNames } from "./model.ts";

interface Props {
  analysis: AnalysisResult;
  names: NodeNames;
  onFocusPair: (a: string, b: string) => void;
}

export function Asymmetries({ analysis, names, onFocusPair }: Props) {
  const { t, num } = useI18n();
  const list = [...analysis.asymmetries].sort((x, y) => y.gap - x.gap);
  return (
    <section class="panel" aria-labelledby="asym-h">
      <h2 id="asym-h">{t("asymTitle")}</h2>
      <p class="muted">{t("asymIntro")}</p>
      {list.length === 0 ? (
        <p>{t("asymNone")}</p>
      ) : (
        <ul class="pairs" data-testid="asymmetries">
          {list.map((a) => (
            <li key={`${a.a}-${a.b}`}>
              <span class="pair">
                {names.short(a.a)} → {names.short(a.b)}: <strong>{num(a.ab)}</strong> · {names.short(a.b)} → {names.short(a.a)}:{" "}
                <strong>{num(a.ba)}</strong>
              </span>
              <span class="gap">Δ {num(a.gap)}</span>
              <button type="button" class="small" onClick={() => onFocusPair(a.a, a.b)}>
                {t("showInGraph")}
                <span class="sr-only">
                  : {names.long(a.a)} ↔ {names.long(a.b)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
