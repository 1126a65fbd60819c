// Legend: the roles present with their full names and colours, and the edge bands that can occur at this threshold.
import { resolveOptions } from "../../../analysis/options.ts";
import type { AnalysisResult } from "../../../analysis/types.ts";
import { BAND_COLOUR, type Band } from "../../graph/palette.ts";
import { useI18n, type T } from "../../i18n/index.ts";
import { roleColour, roleName, useApp } from "../../state.ts";
import { rolesPresent } from "./model.ts";

/**
 * The bands with their legend text for a threshold, from the analysis' own band limits (weak ≤ t, moderate ≤ max(4, t)).
 * The moderate band is left out when it is empty (t ≥ 4), so the legend never gives two bands the same limit.
 */
export function legendBands(threshold: number, t: T, num: (v: number) => string): [Band, string][] {
  const { weak, moderate } = resolveOptions("legend", { threshold }).bands;
  const out: [Band, string][] = [["weak", t("bandWeak", { t: num(weak) })]];
  if (moderate > weak) out.push(["moderate", t("bandModerate", { t: num(weak), m: num(moderate) })]);
  out.push(["strong", t("bandStrong", { m: num(moderate) })]);
  return out;
}

export function Legend({ analysis }: { analysis: AnalysisResult }) {
  const { t, lang, num } = useI18n();
  const { roles } = useApp();
  return (
    <div class="legend" role="group" aria-label={t("legend")}>
      <ul class="legend-roles">
        {rolesPresent(analysis.nodes).map((r) => (
          <li key={r}>
            <span class="dot" aria-hidden="true" style={{ background: roleColour(roles, r) }} />
            {roleName(roles, r, lang)} <span class="code">({r})</span>
          </li>
        ))}
      </ul>
      <ul class="legend-bands">
        {legendBands(analysis.threshold, t, (v) => num(v)).map(([b, text]) => (
          <li key={b}>
            <svg width="36" height="10" aria-hidden="true">
              <line x1="2" y1="5" x2="34" y2="5" stroke={BAND_COLOUR[b]} stroke-width={b === "weak" ? 4 : 3} stroke-dasharray={b === "weak" ? "7 4" : undefined} />
            </svg>
            {text}
          </li>
        ))}
      </ul>
    </div>
  );
}
