// The meeting view: switches, key figures, sigma graph with legend and focus list, the family band, matrix, links to strengthen, asymmetries.
import { useMemo, useState } from "preact/hooks";
import type { AnalysisResult, InstrumentItem, RoundVoices } from "../../api/types.ts";
import { GraphView } from "../../graph/GraphView.tsx";
import type { Focus } from "../../graph/renderer.ts";
import { useI18n } from "../../i18n/index.ts";
import { roleColour, useApp } from "../../state.ts";
import { Asymmetries } from "./Asymmetries.tsx";
import { Controls } from "./Controls.tsx";
import { VoicesBand } from "../voices/VoicesBand.tsx";
import { Legend } from "./Legend.tsx";
import { Matrix } from "./Matrix.tsx";
import { nodeNames } from "./model.ts";
import { NodeFocus } from "./NodeFocus.tsx";
import type { MeetingSettings } from "./settings.ts";
import { Summary } from "./Summary.tsx";
import { WeakLinks } from "./WeakLinks.tsx";

export interface MeetingViewProps {
  analysis: AnalysisResult;
  /** The round's family/child voices; the band shows when the round includes either. */
  voices?: RoundVoices | null;
  settings: MeetingSettings;
  onSettings: (s: MeetingSettings) => void;
  items: InstrumentItem[];
  perItem: boolean;
  layoutKey: string;
  presenting: boolean;
  onPresent: () => void;
  onPrint: () => void;
}

export function MeetingView(p: MeetingViewProps) {
  const { t, lang } = useI18n();
  const { roles } = useApp();
  const [clicked, setClicked] = useState<Focus>(null);
  const [hover, setHover] = useState<string | null>(null);
  const names = useMemo(() => nodeNames(p.analysis, roles, lang), [p.analysis, roles, lang]);
  const colourOf = useMemo(() => (r: string) => roleColour(roles, r), [roles]);
  const focus: Focus = useMemo(() => (hover ? { node: hover } : clicked), [hover, clicked]);
  const focusNode = focus && "node" in focus ? focus.node : null;
  const showPair = (a: string, b: string) => {
    setClicked({ pair: [a, b] });
    document.getElementById("graph-h")?.scrollIntoView({ block: "start" });
  };
  const showNode = (id: string | null) => setClicked(id ? { node: id } : null);
  const familyRows = useMemo(() => {
    if (!p.voices?.family.include) return undefined;
    const family = new Set(roles.filter((r) => r.family).map((r) => r.id));
    return new Set(p.analysis.nodes.filter((n) => family.has(n.role)).map((n) => n.id));
  }, [p.voices, p.analysis, roles]);

  return (
    <div class={`meeting${p.presenting ? " presenting" : ""}`}>
      <Controls
        settings={p.settings}
        onChange={p.onSettings}
        items={p.items}
        perItem={p.perItem}
        presenting={p.presenting}
        onPresent={p.onPresent}
        onPrint={p.onPrint}
      />
      <Summary summary={p.analysis.summary} />
      <div class="meeting-grid">
        <section class="panel graph-panel" aria-labelledby="graph-h">
          <h2 id="graph-h">{t("graphTitle")}</h2>
          <GraphView
            analysis={p.analysis}
            layoutKey={p.layoutKey}
            sizeBy={p.settings.sizeBy}
            focus={focus}
            colourOf={colourOf}
            large={p.presenting}
            onClickNode={showNode}
            onHoverNode={setHover}
          />
          <Legend analysis={p.analysis} />
          <NodeFocus analysis={p.analysis} names={names} node={focusNode} onFocusNode={showNode} />
        </section>
        <div class="side">
          <WeakLinks analysis={p.analysis} names={names} onFocusPair={showPair} />
          <Asymmetries analysis={p.analysis} names={names} onFocusPair={showPair} />
        </div>
      </div>
      {p.voices && (p.voices.family.include || p.voices.child.include) && <VoicesBand voices={p.voices} />}
      <section class="panel matrix-panel" aria-label={t("matrixTitle")}>
        <Matrix analysis={p.analysis} names={names} onFocusNode={showNode} familyRows={familyRows} />
      </section>
    </div>
  );
}
