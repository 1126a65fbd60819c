// Two rounds side by side: graph (same layout key and seats so nodes stay in place) and matrix for each.
import { useMemo } from "preact/hooks";
import type { AnalysisResult } from "../../../analysis/types.ts";
import { GraphView } from "../../graph/GraphView.tsx";
import type { Seat } from "../../graph/layout.ts";
import { useI18n } from "../../i18n/index.ts";
import { roleColour, useApp } from "../../state.ts";
import { Matrix } from "../meeting/Matrix.tsx";
import { nodeNames } from "../meeting/model.ts";

function Side({ title, analysis, layoutKey, seats }: { title: string; analysis: AnalysisResult; layoutKey: string; seats?: Seat[] }) {
  const { lang } = useI18n();
  const { roles } = useApp();
  const names = useMemo(() => nodeNames(analysis, roles, lang), [analysis, roles, lang]);
  return (
    <section class="panel">
      <h2>{title}</h2>
      <GraphView
        analysis={analysis}
        layoutKey={layoutKey}
        seats={seats}
        sizeBy="in"
        focus={null}
        colourOf={(r) => roleColour(roles, r)}
        onClickNode={() => {}}
        onHoverNode={() => {}}
      />
      <Matrix analysis={analysis} names={names} onFocusNode={() => {}} />
    </section>
  );
}

export function SideBySide({ before, after, layoutKey, seats }: { before: AnalysisResult; after: AnalysisResult; layoutKey: string; seats?: Seat[] }) {
  const { t } = useI18n();
  return (
    <div class="two side-by-side">
      <Side title={t("before")} analysis={before} layoutKey={layoutKey} seats={seats} />
      <Side title={t("after")} analysis={after} layoutKey={layoutKey} seats={seats} />
    </div>
  );
}
