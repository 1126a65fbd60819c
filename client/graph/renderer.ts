// Sigma 3 renderer, made once per graph box and fed new graph contents: curved band-coloured edges, full-name labels,
// focus (a node, a pair or a set of links) dimming the rest with the scores on the focused links, drag, click/hover.
import type Graph from "graphology";
import Sigma from "sigma";
import { createCurvedEdgeProgram } from "./curved-edge.ts";
import { drawNodeHover, drawNodeLabel, labelBox, labelSide, type LabelSettings, type Side } from "./labels.ts";
import { DIMMED } from "./palette.ts";

/** What the graph highlights: one node and its links, one pair (both directions), or a set of links (keys `a->b`). */
export type Focus = { node: string } | { pair: [string, string] } | { edges: string[] } | null;

export interface RendererHandlers {
  onClickNode: (id: string | null) => void;
  onHoverNode: (id: string | null) => void;
  onMoved: () => void;
  onFirstFrame?: () => void;
}

export interface GraphRenderer {
  setFocus: (f: Focus) => void;
  /** Label size in pixels (larger when presenting). */
  setLabelSize: (px: number) => void;
  /** Call after the graph's contents changed: re-fits the camera so every label stays inside the box. */
  refit: () => void;
  kill: () => void;
}

/** Above this many focused links their scores are not written on the graph (they would cover it). */
const MAX_EDGE_LABELS = 24;
/** Margin kept free at the box edges, in pixels. */
const EDGE_MARGIN = 8;
/** The fit zooms in at most this far (a small team would otherwise fill the box with a few huge nodes). */
const MIN_RATIO = 0.6;

/** True when `id` is shown (not dimmed) under focus `f`. */
export function nodeInFocus(graph: Graph, f: Focus, id: string): boolean {
  if (!f) return true;
  if ("node" in f) return id === f.node || graph.areNeighbors(id, f.node);
  if ("pair" in f) return f.pair.includes(id);
  return f.edges.some((e) => graph.hasEdge(e) && (graph.source(e) === id || graph.target(e) === id));
}

/** True when the edge `key` (source s, target t) is shown under focus `f`. */
export function edgeInFocus(f: Focus, key: string, s: string, t: string): boolean {
  if (!f) return true;
  if ("node" in f) return s === f.node || t === f.node;
  if ("pair" in f) return f.pair.includes(s) && f.pair.includes(t) && s !== t;
  return f.edges.includes(key);
}

export function createRenderer(container: HTMLElement, graph: Graph, h: RendererHandlers, labelSize = 14): GraphRenderer {
  let focus: Focus = null;
  let labelEdges = false;
  /** Label side per node: away from the centroid of the nodes, as seen on screen (graph y points up). */
  const sides = new Map<string, Side>();
  function assignSides(): void {
    sides.clear();
    let cx = 0;
    let cy = 0;
    let n = 0;
    graph.forEachNode((_id, a) => {
      if (a.hidden) return;
      cx += a.x as number;
      cy += a.y as number;
      n++;
    });
    if (!n) return;
    cx /= n;
    cy /= n;
    graph.forEachNode((id, a) => sides.set(id, labelSide(a.x as number, -(a.y as number), cx, -cy)));
  }
  const curvature = 0.18;

  const sigma = new Sigma(graph, container, {
    defaultEdgeType: "curved",
    edgeProgramClasses: { curved: createCurvedEdgeProgram(curvature) },
    renderEdgeLabels: true,
    labelRenderedSizeThreshold: 0,
    labelDensity: 2,
    labelSize,
    edgeLabelSize: labelSize,
    labelWeight: "600",
    labelFont: "system-ui, sans-serif",
    labelColor: { color: "#111111" },
    defaultDrawNodeLabel: drawNodeLabel as never,
    defaultDrawNodeHover: drawNodeHover as never,
    zIndex: true,
    minCameraRatio: 0.2,
    maxCameraRatio: 4,
    stagePadding: 28,
    nodeReducer: (id, attrs) =>
      nodeInFocus(graph, focus, id)
        ? { ...attrs, labelSide: sides.get(id), zIndex: 1, forceLabel: true, highlighted: !!focus && "node" in focus && focus.node === id }
        : { ...attrs, labelSide: sides.get(id), color: DIMMED, dim: true, zIndex: 0 },
    edgeReducer: (edge, attrs) => {
      const [s, t] = graph.extremities(edge);
      if (!edgeInFocus(focus, edge, s, t)) return { ...attrs, color: DIMMED, dashed: false, label: null, zIndex: 0 };
      if (!focus || !labelEdges) return { ...attrs, label: null, zIndex: 1 };
      return { ...attrs, label: attrs.scoreText ?? null, forceLabel: true, size: (attrs.size ?? 2) * 1.5, zIndex: 2 };
    },
  });
  requestAnimationFrame(() => h.onFirstFrame?.());

  /**
   * Fits the camera so that every node and its label box lies inside the canvas, as large as that allows: at camera
   * ratio f a node at distance d from the centre moves to d / f while its label keeps its pixel size, so for each axis
   * the span max(p/f + extent) − min(p/f + extent) must fit the canvas; the smallest such f is found by bisection and
   * the camera is then moved so the labelled picture is centred.
   */
  function refit(): void {
    assignSides();
    const camera = sigma.getCamera();
    const home = { x: 0.5, y: 0.5, angle: 0, ratio: 1 };
    camera.setState(home);
    const { width, height } = sigma.getDimensions();
    if (!width || !height || graph.order === 0) return;
    const ctx = sigma.getCanvases().labels?.getContext("2d");
    if (!ctx) return;
    const settings = sigma.getSettings() as unknown as LabelSettings;
    const centre = { x: width / 2, y: height / 2 };
    const items: { x: number; y: number; x0: number; x1: number; y0: number; y1: number }[] = [];
    graph.forEachNode((id, attrs) => {
      if (attrs.hidden) return;
      // With the camera state given, sigma computes the matrix for it (its own matrix is the last frame's).
      const p = sigma.graphToViewport({ x: attrs.x as number, y: attrs.y as number }, { cameraState: home });
      const size = sigma.scaleSize((attrs.size as number) ?? 8);
      const box = labelBox(ctx, { x: p.x, y: p.y, size, label: attrs.label as string, labelSide: sides.get(id) }, settings, centre);
      items.push({
        x: p.x - centre.x,
        y: p.y - centre.y,
        x0: Math.min(-size, box?.x0 ?? 0),
        x1: Math.max(size, box?.x1 ?? 0),
        y0: Math.min(-size, box?.y0 ?? 0),
        y1: Math.max(size, box?.y1 ?? 0),
      });
    });
    if (!items.length) return;
    const span = (f: number) => ({
      left: Math.min(...items.map((i) => i.x / f + i.x0)),
      right: Math.max(...items.map((i) => i.x / f + i.x1)),
      top: Math.min(...items.map((i) => i.y / f + i.y0)),
      bottom: Math.max(...items.map((i) => i.y / f + i.y1)),
    });
    const fits = (f: number) => {
      const b = span(f);
      return b.right - b.left <= width - 2 * EDGE_MARGIN && b.bottom - b.top <= height - 2 * EDGE_MARGIN;
    };
    let lo = MIN_RATIO;
    let hi = 4;
    if (fits(lo)) hi = lo;
    else
      for (let k = 0; k < 24; k++) {
        const mid = (lo + hi) / 2;
        if (fits(mid)) hi = mid;
        else lo = mid;
      }
    const f = hi;
    const b = span(f);
    const shift = { x: -(b.left + b.right) / 2, y: -(b.top + b.bottom) / 2 };
    const zoomed = { ...home, ratio: f };
    const target = sigma.viewportToFramedGraph({ x: centre.x - shift.x, y: centre.y - shift.y }, { cameraState: zoomed });
    camera.setState({ ...zoomed, x: target.x, y: target.y });
    container.dataset.cameraRatio = f.toFixed(3);
    container.dataset.size = `${width}x${height}`;
  }

  // Drag: press on a node, move, release (positions are saved by the caller).
  let dragged: string | null = null;
  let moved = false;
  sigma.on("downNode", ({ node }) => {
    dragged = node;
    moved = false;
    if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
  });
  sigma.getMouseCaptor().on("mousemovebody", (e) => {
    if (!dragged) return;
    const p = sigma.viewportToGraph(e);
    graph.mergeNodeAttributes(dragged, { x: p.x, y: p.y });
    moved = true;
    e.preventSigmaDefault();
    e.original.preventDefault();
    e.original.stopPropagation();
  });
  // Touch: the same with one finger (sigma emits downNode for touchdown); the camera does not pan while dragging.
  sigma.getTouchCaptor().on("touchmove", (e) => {
    if (!dragged || e.touches.length !== 1) return;
    const p = sigma.viewportToGraph(e.touches[0]);
    graph.mergeNodeAttributes(dragged, { x: p.x, y: p.y });
    moved = true;
    e.preventSigmaDefault();
  });
  const release = () => {
    if (dragged && moved) {
      assignSides();
      sigma.refresh({ skipIndexation: true });
      h.onMoved();
    }
    dragged = null;
  };
  sigma.getMouseCaptor().on("mouseup", release);
  sigma.getTouchCaptor().on("touchup", release);
  sigma.on("clickNode", ({ node }) => {
    if (!moved) h.onClickNode(node);
  });
  sigma.on("clickStage", () => h.onClickNode(null));
  sigma.on("enterNode", ({ node }) => {
    container.style.cursor = "grab";
    h.onHoverNode(node);
  });
  sigma.on("leaveNode", () => {
    container.style.cursor = "";
    h.onHoverNode(null);
  });

  // The box changes size without a window resize (presentation, print, a narrower column): follow it.
  const observer = typeof ResizeObserver === "function" ? new ResizeObserver(() => {
    sigma.resize();
    refit();
    sigma.refresh();
  }) : null;
  observer?.observe(container);

  return {
    setFocus(f) {
      focus = f;
      let n = 0;
      if (f) graph.forEachEdge((e, _a, s, t) => void (edgeInFocus(f, e, s, t) && n++));
      labelEdges = n <= MAX_EDGE_LABELS;
      sigma.refresh({ skipIndexation: true });
    },
    setLabelSize(px) {
      if (sigma.getSetting("labelSize") === px) return;
      sigma.setSetting("labelSize", px);
      sigma.setSetting("edgeLabelSize", px);
      refit();
    },
    refit() {
      sigma.setCustomBBox(null);
      sigma.refresh();
      refit();
    },
    kill: () => {
      observer?.disconnect();
      sigma.kill();
    },
  };
}
