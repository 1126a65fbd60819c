// "Lenker å styrke": the weak links, lowest first, with full names; each button shows the pair in the graph (pressed while shown).
import { useI18n } from "../../i18n/index.ts";
import { isActivePair, type PairListProps } from "./model.ts";

/** The printed handout lists the lowest 12 by default; the matrix marks the rest. */
export function WeakLinks({ analysis, names, active = null, onFocusPair, printLimit = 12 }: PairListProps) {
  const { t, num } = useI18n();
  return (
    <section class="panel" aria-labelledby="weak-h">
      <h2 id="weak-h">{t("weakTitle")}</h2>
      <p class="muted">{t("weakIntro")}</p>
      {analysis.weakLinks.length === 0 ? (
        <p>{t("weakNone")}</p>
      ) : (
        <ol class="pairs" data-testid="weak-links">
          {analysis.weakLinks.map((w, i) => {
            const on = isActivePair(active, w.source, w.target);
            return (
              <li key={`${w.source}-${w.target}`} class={[on && "active", i >= printLimit && "print-extra"].filter(Boolean).join(" ") || undefined}>
                <span class="pair">
                  {names.long(w.source)} → {names.long(w.target)}
                </span>
                <span class="score weak-score">{num(w.score)}</span>
                <button type="button" class="small" aria-pressed={on} onClick={() => onFocusPair(w.source, w.target)}>
                  {t("showInGraph")}
                  <span class="sr-only">
                    : {names.long(w.source)} → {names.long(w.target)}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {analysis.weakLinks.length > printLimit && <p class="print-only muted">{t("printMoreWeak", { n: analysis.weakLinks.length - printLimit })}</p>}
    </section>
  );
}
