// Two rounds side by side: graph (same layout key so nodes stay in place) and matrix for each.
import { useMemo } from "preact/hooks";
import type { AnalysisResult } from "../../api/types.ts";
import { GraphView } from "../../graph/GraphView.tsx";
import { useI18n } from "../../i18n/index.ts";
import { roleColour, useApp } from "../../state.ts";
import { Matrix } from "../meeting/Matrix.tsx";
import { nodeNames } from "../meeting/model.ts";

function Side({ title, analysis, layoutKey }: { title: string; analysis: AnalysisResult; layoutKey: string }) {
  const { lang } = useI18n();
  const { roles } = useApp();
  const names = useMemo(() => nodeNames(analysis, roles, lang), [analysis, roles, lang]);
  return (
    <section class="panel">
      <h2>{title}</h2>
      <GraphView
        analysis={analysis}
        layoutKey={layoutKey}
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

export function SideBySide({ before, after, layoutKey }: { before: AnalysisResult; after: AnalysisResult; layoutKey: string }) {
  const { t } = useI18n();
  return (
    <div class="two side-by-side">
      <Side title={t("before")} analysis={before} layoutKey={layoutKey} />
      <Side title={t("after")} analysis={after} layoutKey={layoutKey} />
    </div>
  );
}
