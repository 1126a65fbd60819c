// Legend: the roles present with their colours, and the three edge bands (weak also dashed).
import type { AnalysisResult } from "../../api/types.ts";
import { BAND_COLOUR, type Band } from "../../graph/palette.ts";
import { useI18n } from "../../i18n/index.ts";
import { roleColour, roleName, useApp } from "../../state.ts";
import { rolesPresent } from "./model.ts";

export function Legend({ analysis }: { analysis: AnalysisResult }) {
  const { t, lang, num } = useI18n();
  const { roles } = useApp();
  const bands: [Band, string][] = [
    ["weak", t("bandWeak", { t: num(analysis.threshold) })],
    ["moderate", t("bandModerate", { m: num(Math.max(4, analysis.threshold)) })],
    ["strong", t("bandStrong", { m: num(Math.max(4, analysis.threshold)) })],
  ];
  return (
    <div class="legend" role="group" aria-label={t("legend")}>
      <ul class="legend-roles">
        {rolesPresent(analysis.nodes).map((r) => (
          <li key={r}>
            <span class="dot" aria-hidden="true" style={{ background: roleColour(roles, r) }} />
            {r} – {roleName(roles, r, lang)}
          </li>
        ))}
      </ul>
      <ul class="legend-bands">
        {bands.map(([b, text]) => (
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
