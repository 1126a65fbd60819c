// What the round's display setting leaves out of the meeting view: pairs only, cells from one person, the family that did not agree.
import type { AnalysisResult } from "../../../analysis/types.ts";
import { useI18n } from "../../i18n/index.ts";

/** Nothing for a round that shows every direction and everyone; otherwise one line per thing left out. */
export function DisplayNote({ analysis }: { analysis: AnalysisResult }) {
  const { t } = useI18n();
  const d = analysis.display;
  if (!d || (d.mode === "direction" && !d.hiddenMembers)) return null;
  return (
    <div class="notice display-note" data-testid="display-note" role="note">
      {d.mode === "pairs" && <p>{t("displayPairs", { n: d.hiddenCells })}</p>}
      {d.mode === "min2" && <p>{t("displayMin2", { n: d.hiddenCells })}</p>}
      {!!d.hiddenMembers && <p>{t("displayFamilyHidden")}</p>}
    </div>
  );
}
