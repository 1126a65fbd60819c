// Preact wrapper around the sigma renderer (loaded lazily); falls back to a note when WebGL is unavailable.
// With `from`, it shows the transition from that round to `analysis`, replayed whenever `play` changes.
import { useEffect, useRef, useState } from "preact/hooks";
import type Graph from "graphology";
import type { AnalysisResult } from "../api/types.ts";
import { useI18n } from "../i18n/index.ts";
import type { Focus, GraphRenderer } from "./renderer.ts";
import type { SizeBy } from "./build.ts";
import type { animate as AnimateFn } from "./transition.ts";

interface Props {
  analysis: AnalysisResult;
  layoutKey: string;
  sizeBy: SizeBy;
  focus: Focus;
  colourOf: (role: string) => string;
  large?: boolean;
  onClickNode: (id: string | null) => void;
  onHoverNode: (id: string | null) => void;
  /** Round A of a transition (nodes move and links recolour from it to `analysis`). */
  from?: AnalysisResult;
  /** Transition command: a new `at` replays it (`to` 1 = animate A→B, 0 = show A). */
  play?: { at: number; to: 0 | 1 };
  /** Called when a transition starts and when it has ended (frames drawn; 0 = switched without animation). */
  onTransition?: (phase: "running" | "done", frames: number) => void;
}

const TRANSITION_MS = 1800;

export function webglAvailable(): boolean {
  if (typeof WebGLRenderingContext === "undefined") return false;
  try {
    return !!document.createElement("canvas").getContext("webgl");
  } catch {
    return false;
  }
}

export function GraphView(p: Props) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const renderer = useRef<GraphRenderer | null>(null);
  const transition = useRef<{ apply: (t: number) => void; animate: typeof AnimateFn; graph: Graph } | null>(null);
  const cancel = useRef<() => void>(() => {});
  const [failed, setFailed] = useState(!webglAvailable());
  const handlers = useRef(p);
  handlers.current = p;

  useEffect(() => {
    if (failed || !box.current) return;
    let live = true;
    const container = box.current;
    const t0 = performance.now();
    Promise.all([import("./build.ts"), import("./layout.ts"), import("./renderer.ts"), import("./transition.ts")])
      .then(([build, layout, render, trans]) => {
        if (!live) return;
        const scale = p.large ? 1.5 : 1;
        const saved = layout.loadPositions(p.layoutKey);
        let g = build.buildGraph(p.analysis, { sizeBy: p.sizeBy, colourOf: p.colourOf, scale });
        layout.seededLayout(g, saved);
        transition.current = null;
        if (p.from) {
          const a = build.buildGraph(p.from, { sizeBy: p.sizeBy, colourOf: p.colourOf, scale });
          layout.seededLayout(a, saved);
          const tg = trans.transitionGraph(a, g);
          g = tg.graph;
          transition.current = { apply: tg.apply, animate: trans.animate, graph: tg.graph };
        }
        renderer.current = render.createRenderer(
          container,
          g,
          {
            onClickNode: (id) => handlers.current.onClickNode(id),
            onHoverNode: (id) => handlers.current.onHoverNode(id),
            onMoved: () => layout.savePositions(p.layoutKey, g),
            onFirstFrame: () => {
              container.dataset.firstFrameMs = (performance.now() - t0).toFixed(1);
              container.dataset.rendered = "true";
            },
          },
          p.large ? 22 : 14,
        );
        renderer.current.setFocus(handlers.current.focus);
        if (transition.current) runTransition(handlers.current.play);
      })
      .catch((e: unknown) => {
        console.error("graph failed", e);
        if (live) setFailed(true);
      });
    return () => {
      live = false;
      cancel.current();
      renderer.current?.kill();
      renderer.current = null;
    };
  }, [p.analysis, p.from, p.sizeBy, p.layoutKey, p.large, failed]);

  /** Shows round A, then animates to B (or shows A only); the container's data attributes let tests follow it. */
  function runTransition(play: Props["play"]) {
    const tr = transition.current;
    const el = box.current;
    if (!tr || !el) return;
    cancel.current();
    el.dataset.transition = "running";
    el.dataset.frames = "0";
    handlers.current.onTransition?.("running", 0);
    const finish = (frames: number, at: 0 | 1) => {
      const shown = tr.graph.filterEdges((_e, a) => !a.hidden);
      el.dataset.edges = String(shown.length);
      el.dataset.weakEdges = shown.filter((e) => tr.graph.getEdgeAttribute(e, "band") === "weak").sort().join(" ");
      el.dataset.transition = "done";
      el.dataset.at = String(at);
      el.dataset.frames = String(frames);
      handlers.current.onTransition?.("done", frames);
    };
    if (play?.to === 0) {
      tr.apply(0);
      finish(0, 0);
      return;
    }
    cancel.current = tr.animate(tr.apply, TRANSITION_MS, (frames) => finish(frames, 1));
  }
  useEffect(() => runTransition(p.play), [p.play?.at]);

  useEffect(() => renderer.current?.setFocus(p.focus), [p.focus]);

  if (failed) return <p class="muted graph-fallback">{t("graphAlt")}</p>;
  return <div ref={box} class="graph-canvas" data-testid="graph" role="img" aria-label={`${t("graphTitle")}. ${t("graphAlt")}`} />;
}
