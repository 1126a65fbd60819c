// "Lenker å styrke": the weak links, lowest first, each with a button that shows the pair in the graph.
import type { AnalysisResult } from "../../api/types.ts";
import { useI18n } from "../../i18n/index.ts";
import type { NodeNames } from "./model.ts";

interface Props {
  analysis: AnalysisResult;
  names: NodeNames;
  onFocusPair: (a: string, b: string) => void;
}

export function WeakLinks({ analysis, names, onFocusPair }: Props) {
  const { t, num } = useI18n();
  return (
    <section class="panel" aria-labelledby="weak-h">
      <h2 id="weak-h">{t("weakTitle")}</h2>
      <p class="muted">{t("weakIntro")}</p>
      {analysis.weakLinks.length === 0 ? (
        <p>{t("weakNone")}</p>
      ) : (
        <ol class="pairs" data-testid="weak-links">
          {analysis.weakLinks.map((w) => (
            <li key={`${w.source}-${w.target}`}>
              <span class="pair">
                <span title={names.long(w.source)}>{names.short(w.source)}</span> → <span title={names.long(w.target)}>{names.short(w.target)}</span>
              </span>
              <span class="score weak-score">{num(w.score)}</span>
              <button type="button" class="small" onClick={() => onFocusPair(w.source, w.target)}>
                {t("showInGraph")}
                <span class="sr-only">
                  : {names.long(w.source)} → {names.long(w.target)}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
