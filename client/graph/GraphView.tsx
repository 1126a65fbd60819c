// Preact wrapper around the sigma renderer (loaded lazily): one renderer per mounted view, fed new graph contents when the
// analysis or the switches change, so WebGL contexts are not piled up and nodes keep their places. Also draws the same
// graph as SVG for print (and instead of the canvas when WebGL is unavailable).
// With `from`, it shows the transition from that round to `analysis`, replayed whenever `play` changes.
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type Graph from "graphology";
import type { AnalysisResult } from "../../analysis/types.ts";
import { useI18n } from "../i18n/index.ts";
import { useApp } from "../state.ts";
import { GraphSvg, type SvgModel } from "./GraphSvg.tsx";
import type { Seat } from "./layout.ts";
import { FULL_NAMES_UP_TO, longNames } from "./names.ts";
import type { Focus, GraphRenderer } from "./renderer.ts";
import type { SizeBy } from "./build.ts";
import type * as BuildModule from "./build.ts";
import type * as LayoutModule from "./layout.ts";
import type * as RendererModule from "./renderer.ts";
import type * as TransitionModule from "./transition.ts";

interface Props {
  analysis: AnalysisResult;
  layoutKey: string;
  sizeBy: SizeBy;
  focus: Focus;
  colourOf: (role: string) => string;
  large?: boolean;
  onClickNode: (id: string | null) => void;
  onHoverNode: (id: string | null) => void;
  /** The team's members: role nodes sit where their members sit, so roles ↔ members keeps the picture. */
  seats?: Seat[];
  /** Round A of a transition (nodes move and links recolour from it to `analysis`). */
  from?: AnalysisResult;
  /** Transition command: a new `at` replays it (`to` 1 = animate A→B, 0 = show A). */
  play?: { at: number; to: 0 | 1 };
  /** Called when a transition starts and when it has ended (frames drawn; 0 = switched without animation). */
  onTransition?: (phase: "running" | "done", frames: number) => void;
}

const TRANSITION_MS = 1800;
/** Above this many nodes the SVG copy (print) is left out. */
const SVG_UP_TO = 80;

type Modules = [typeof BuildModule, typeof LayoutModule, typeof RendererModule | null, typeof TransitionModule];
let modules: Promise<Modules> | null = null;
/** The graph code, loaded on first use; the WebGL renderer (sigma) only where the browser has WebGL. */
const loadModules = () =>
  (modules ??= Promise.all([
    import("./build.ts"),
    import("./layout.ts"),
    webglAvailable() ? import("./renderer.ts") : Promise.resolve(null),
    import("./transition.ts"),
  ]));

let webgl: boolean | null = null;
/** Whether the browser can give a WebGL context (asked once per page: every probe costs a context). */
export function webglAvailable(): boolean {
  if (webgl !== null) return webgl;
  if (typeof WebGLRenderingContext === "undefined") return (webgl = false);
  try {
    const canvas = document.createElement("canvas");
    const gl = canvas.getContext("webgl");
    gl?.getExtension("WEBGL_lose_context")?.loseContext();
    return (webgl = !!gl);
  } catch {
    return (webgl = false);
  }
}

/** The SVG model of the graph as laid out now. */
function svgModel(g: Graph): SvgModel {
  return {
    nodes: g.filterNodes((_n, a) => !a.hidden).map((id) => {
      const a = g.getNodeAttributes(id);
      return { id, x: a.x as number, y: a.y as number, size: a.size as number, color: a.color as string, label: String(a.label ?? id) };
    }),
    edges: g.filterEdges((_e, a) => !a.hidden).map((key) => ({ key, source: g.source(key), target: g.target(key), band: g.getEdgeAttribute(key, "band") })),
  };
}

export function GraphView(p: Props) {
  const { t, lang, num } = useI18n();
  const { roles } = useApp();
  const box = useRef<HTMLDivElement>(null);
  const graph = useRef<Graph>(null as unknown as Graph);
  const renderer = useRef<GraphRenderer | null>(null);
  const mods = useRef<Modules | null>(null);
  const shownKey = useRef<string | null>(null);
  const transition = useRef<{ apply: (t: number) => void; animate: Modules[3]["animate"] } | null>(null);
  const cancel = useRef<() => void>(() => {});
  const [failed, setFailed] = useState(!webglAvailable());
  const [ready, setReady] = useState(false);
  const [svg, setSvg] = useState<SvgModel | null>(null);
  const handlers = useRef(p);
  handlers.current = p;
  const roleOrder = useMemo(() => roles.map((r) => r.id), [roles]);
  const seatsKey = (p.seats ?? []).map((s) => `${s.id}:${s.role}`).join(",");

  // The renderer: created once for this box (or never, without WebGL).
  useEffect(() => {
    let live = true;
    const container = box.current;
    const t0 = performance.now();
    loadModules()
      .then((m) => {
        if (!live) return;
        mods.current = m;
        graph.current ??= m[0].emptyGraph();
        if (!failed && container && m[2]) {
          renderer.current = m[2].createRenderer(container, graph.current, {
            onClickNode: (id) => handlers.current.onClickNode(id),
            onHoverNode: (id) => handlers.current.onHoverNode(id),
            onMoved: () => {
              m[1].savePositions(handlers.current.layoutKey, graph.current);
              setSvg(svgModel(graph.current));
            },
            onFirstFrame: () => {
              container.dataset.firstFrameMs = (performance.now() - t0).toFixed(1);
              container.dataset.rendered = "true";
            },
          });
        }
        setReady(true);
      })
      .catch((e: unknown) => {
        if (!live) return; // unmounted while loading: nothing to report
        console.error("graph failed", e);
        setFailed(true);
      });
    return () => {
      live = false;
      cancel.current();
      renderer.current?.kill();
      renderer.current = null;
    };
  }, [failed]);

  // The contents: rebuilt into the same graph object whenever the analysis or a switch changes.
  useEffect(() => {
    const m = mods.current;
    if (!ready || !m) return;
    const [build, layout, , trans] = m;
    const g = graph.current;
    const names = longNames(p.analysis.nodes, roles, lang);
    const full = p.analysis.nodes.length <= FULL_NAMES_UP_TO;
    const opts = {
      sizeBy: p.sizeBy,
      colourOf: p.colourOf,
      scale: p.large ? 1.5 : 1,
      labelOf: (n: { id: string; label: string }) => (full ? (names.get(n.id) ?? n.label) : n.label),
      formatScore: (v: number) => num(v),
    };
    const saved = layout.loadPositions(p.layoutKey);
    const next = build.buildGraph(p.analysis, opts);
    layout.seededLayout(next, saved, p.seats, roleOrder);
    // The seat layout is deterministic (same nodes and seats, same places; dragged places come from storage). A large
    // graph refined by ForceAtlas2 would move with the links, so there nodes that stay keep the place they have now.
    const key = `${p.layoutKey}\u0000${seatsKey}`;
    if (shownKey.current === key && !p.from && next.order > layout.FORCE_LAYOUT_FROM) {
      next.forEachNode((id) => {
        if (g.hasNode(id)) next.mergeNodeAttributes(id, { x: g.getNodeAttribute(id, "x"), y: g.getNodeAttribute(id, "y") });
      });
    }
    shownKey.current = key;
    cancel.current();
    transition.current = null;
    if (p.from) {
      const fromNames = longNames(p.from.nodes, roles, lang);
      const a = build.buildGraph(p.from, { ...opts, labelOf: (n) => (full ? (fromNames.get(n.id) ?? n.label) : n.label) });
      layout.seededLayout(a, saved, p.seats, roleOrder);
      const tg = trans.transitionGraph(a, next, g);
      transition.current = { apply: tg.apply, animate: trans.animate };
    } else {
      g.clear();
      g.import(next.export());
    }
    const r = renderer.current;
    if (r) {
      r.setLabelSize(p.large ? 22 : 14);
      r.setFocus(handlers.current.focus);
      r.refit();
    }
    // For tests and tools: how many nodes are shown and how often the contents were replaced (the renderer stays).
    if (box.current) {
      box.current.dataset.nodes = String(g.order);
      box.current.dataset.syncs = String(Number(box.current.dataset.syncs ?? 0) + 1);
      if (g.order <= SVG_UP_TO) box.current.dataset.positions = JSON.stringify(Object.fromEntries(g.mapNodes((id, a) => [id, [Math.round(a.x), Math.round(a.y)]])));
    }
    setSvg(g.order <= SVG_UP_TO ? svgModel(g) : null);
    if (transition.current) runTransition(handlers.current.play);
  }, [ready, p.analysis, p.from, p.sizeBy, p.layoutKey, p.large, seatsKey, roleOrder, lang]);

  /** Shows round A, then animates to B (or shows A only); the container's data attributes let tests follow it. */
  function runTransition(play: Props["play"]) {
    const tr = transition.current;
    const el = box.current;
    if (!tr || !el) return;
    const g = graph.current;
    cancel.current();
    el.dataset.transition = "running";
    el.dataset.frames = "0";
    handlers.current.onTransition?.("running", 0);
    const finish = (frames: number, at: 0 | 1) => {
      const shown = g.filterEdges((_e, a) => !a.hidden);
      el.dataset.edges = String(shown.length);
      el.dataset.weakEdges = shown.filter((e) => g.getEdgeAttribute(e, "band") === "weak").sort().join(" ");
      el.dataset.transition = "done";
      el.dataset.at = String(at);
      el.dataset.frames = String(frames);
      setSvg(g.order <= SVG_UP_TO ? svgModel(g) : null);
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

  const title = `${t("graphTitle")}. ${t("graphAlt")}`;
  if (failed) return svg ? <GraphSvg model={svg} title={title} class="graph-svg graph-fallback" /> : <p class="muted graph-fallback">{t("graphAlt")}</p>;
  return (
    <>
      <div ref={box} class="graph-canvas" data-testid="graph" role="img" aria-label={title} />
      {svg && <GraphSvg model={svg} title={title} class="graph-svg graph-print" />}
    </>
  );
}
