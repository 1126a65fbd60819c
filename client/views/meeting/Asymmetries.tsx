// Pairs who experience their collaboration differently (|a→b − b→a| ≥ gap), largest gap first, with full names, linked to the graph.
import { useI18n } from "../../i18n/index.ts";
import { isActivePair, type PairListProps } from "./model.ts";

/** The printed handout lists the 6 largest gaps by default. */
export function Asymmetries({ analysis, names, active = null, onFocusPair, printLimit = 6 }: PairListProps) {
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
          {list.map((a, i) => {
            const on = isActivePair(active, a.a, a.b);
            return (
              <li key={`${a.a}-${a.b}`} class={[on && "active", i >= printLimit && "print-extra"].filter(Boolean).join(" ") || undefined}>
                <span class="pair">
                  {names.long(a.a)} → {names.long(a.b)}: <strong>{num(a.ab)}</strong> · {names.long(a.b)} → {names.long(a.a)}: <strong>{num(a.ba)}</strong>
                </span>
                <span class="gap">Δ {num(a.gap)}</span>
                <button type="button" class="small" aria-pressed={on} onClick={() => onFocusPair(a.a, a.b)}>
                  {t("showInGraph")}
                  <span class="sr-only">
                    : {names.long(a.a)} ↔ {names.long(a.b)}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {list.length > printLimit && <p class="print-only muted">{t("printMoreAsym", { n: list.length - printLimit })}</p>}
    </section>
  );
}
