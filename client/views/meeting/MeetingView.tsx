// The meeting view: switches, key figures, sigma graph with legend and focus list, the family band, matrix, links to strengthen,
// asymmetries, figures per node; presenting, the graph fills the screen beside the current meeting step (keyboard/clicker).
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { AnalysisResult } from "../../../analysis/types.ts";
import type { Round, RoundVoices } from "../../../domain/index.ts";
import type { InstrumentItem } from "../../../surveys/schema.ts";
import { GraphView } from "../../graph/GraphView.tsx";
import type { Seat } from "../../graph/layout.ts";
import type { Focus } from "../../graph/renderer.ts";
import { useI18n } from "../../i18n/index.ts";
import { roleColour, useApp } from "../../state.ts";
import { VoicesBand } from "../voices/VoicesBand.tsx";
import { Asymmetries } from "./Asymmetries.tsx";
import { Controls } from "./Controls.tsx";
import { DisplayNote } from "./DisplayNote.tsx";
import { HandoutHeader } from "./HandoutHeader.tsx";
import { Legend } from "./Legend.tsx";
import { Matrix } from "./Matrix.tsx";
import { roundMetrics } from "./metrics.ts";
import { isActivePair, nodeNames } from "./model.ts";
import { NodeFocus } from "./NodeFocus.tsx";
import { NodeMetrics } from "./NodeMetrics.tsx";
import type { MeetingSettings } from "./settings.ts";
import { StepPanel } from "./StepPanel.tsx";
import { meetingSteps, stepFocus, stepKey, stepMove } from "./steps.ts";
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
  /** The case's members (role nodes sit where their members sit). */
  seats?: Seat[];
  /** Case code and round for the printed handout's header. */
  handout?: { code: string; round: Round };
}

/** Keys typed into a form control are the control's, not the presentation's. */
function typing(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null;
  return !!el && (el.tagName === "INPUT" || el.tagName === "SELECT" || el.tagName === "TEXTAREA" || el.isContentEditable);
}

export function MeetingView(p: MeetingViewProps) {
  const { t, lang } = useI18n();
  const { roles } = useApp();
  const [clicked, setClicked] = useState<Focus>(null);
  const [hover, setHover] = useState<string | null>(null);
  const [stepAt, setStepAt] = useState({ key: "overview", index: 0 });
  const names = useMemo(() => nodeNames(p.analysis, roles, lang), [p.analysis, roles, lang]);
  const metrics = useMemo(() => roundMetrics(p.analysis), [p.analysis]);
  const colourOf = useMemo(() => (r: string) => roleColour(roles, r), [roles]);
  const hasVoices = !!p.voices && (p.voices.family.include || p.voices.child.include);
  const steps = useMemo(() => meetingSteps(p.analysis, hasVoices), [p.analysis, hasVoices]);
  // The shown step is found by its key; when it is gone (the threshold moved), the one at its place.
  const found = steps.findIndex((x) => stepKey(x) === stepAt.key);
  const step = found >= 0 ? found : Math.min(stepAt.index, steps.length - 1);
  const base: Focus = p.presenting ? stepFocus(steps[step]) : clicked;
  const focus: Focus = useMemo(() => (hover ? { node: hover } : base), [hover, JSON.stringify(base)]);
  const focusNode = focus && "node" in focus ? focus.node : null;
  // Keys can come faster than renders (a clicker pressed twice): each key builds on the index the previous key chose.
  // The key handler is registered once and reads the current render through this ref (a key pressed right after the
  // presentation starts must not reach a handler from before).
  const live = useRef({ step, steps, presenting: p.presenting, onPresent: p.onPresent });
  live.current = { step, steps, presenting: p.presenting, onPresent: p.onPresent };
  const moveTo = (i: number) => {
    const all = live.current.steps;
    const index = Math.max(0, Math.min(all.length - 1, i));
    live.current.step = index;
    setStepAt({ key: stepKey(all[index]), index });
  };
  const go = moveTo;
  const showPair = (a: string, b: string) => {
    // A second press on the item that is shown resets the graph.
    if (isActivePair(clicked, a, b)) return setClicked(null);
    setClicked({ pair: [a, b] });
    document.getElementById("graph-h")?.scrollIntoView({ block: "start" });
  };
  const showNode = (id: string | null) => setClicked(id ? { node: id } : null);
  const familyRows = useMemo(() => {
    if (!p.voices?.family.include) return undefined;
    const family = new Set(roles.filter((r) => r.family).map((r) => r.id));
    return new Set(p.analysis.nodes.filter((n) => family.has(n.role)).map((n) => n.id));
  }, [p.voices, p.analysis, roles]);

  // Keyboard: presenting, arrows and PageDown/PageUp (what a presentation clicker sends) step, Home/End jump, Esc goes
  // back to the overview and, from there, ends the presentation; otherwise Esc clears what «Vis i grafen» showed.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || typing(e)) return;
      const now = live.current;
      if (e.key === "Escape") {
        if (now.presenting) {
          if (now.step > 0) moveTo(0);
          else now.onPresent();
        } else setClicked(null);
        setHover(null);
        return;
      }
      if (!now.presenting) return;
      const move = stepMove(e.key);
      if (!move) return;
      e.preventDefault();
      moveTo(move === "next" ? now.step + 1 : move === "prev" ? now.step - 1 : move === "first" ? 0 : now.steps.length - 1);
    };
    addEventListener("keydown", onKey);
    return () => removeEventListener("keydown", onKey);
  }, []);

  return (
    <div class={`meeting${p.presenting ? " presenting" : ""}`}>
      {p.handout && !p.presenting && <HandoutHeader code={p.handout.code} round={p.handout.round} analysis={p.analysis} items={p.items} />}
      {!p.presenting && (
        <Controls
          settings={p.settings}
          onChange={p.onSettings}
          items={p.items}
          perItem={p.perItem}
          presenting={p.presenting}
          onPresent={p.onPresent}
          onPrint={p.onPrint}
        />
      )}
      {!p.presenting && <Summary analysis={p.analysis} metrics={metrics} />}
      {!p.presenting && <DisplayNote analysis={p.analysis} />}
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
            seats={p.seats}
            onClickNode={showNode}
            onHoverNode={setHover}
          />
          <Legend analysis={p.analysis} />
          {!p.presenting && <NodeFocus analysis={p.analysis} names={names} node={focusNode} metrics={metrics} onFocusNode={showNode} />}
        </section>
        <div class="side">
          {p.presenting ? (
            <StepPanel analysis={p.analysis} names={names} metrics={metrics} voices={p.voices} steps={steps} index={step} onGo={go} />
          ) : (
            <>
              <WeakLinks analysis={p.analysis} names={names} active={clicked} onFocusPair={showPair} />
              <Asymmetries analysis={p.analysis} names={names} active={clicked} onFocusPair={showPair} />
            </>
          )}
        </div>
      </div>
      {!p.presenting && hasVoices && <VoicesBand voices={p.voices!} />}
      {!p.presenting && (
        <section class="panel matrix-panel" aria-label={t("matrixTitle")}>
          <Matrix analysis={p.analysis} names={names} onFocusNode={showNode} familyRows={familyRows} />
        </section>
      )}
      {!p.presenting && <NodeMetrics analysis={p.analysis} names={names} metrics={metrics} />}
    </div>
  );
}
