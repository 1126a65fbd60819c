// Sigma 3 renderer: curved band-coloured edges, focus (node or pair) dimming the rest, drag (mouse or one finger) to move nodes, click/hover callbacks.
import type Graph from "graphology";
import Sigma from "sigma";
import { createCurvedEdgeProgram } from "./curved-edge.ts";
import { DIMMED } from "./palette.ts";

export type Focus = { node: string } | { pair: [string, string] } | null;

export interface RendererHandlers {
  onClickNode: (id: string | null) => void;
  onHoverNode: (id: string | null) => void;
  onMoved: () => void;
  onFirstFrame?: () => void;
}

export interface GraphRenderer {
  setFocus: (f: Focus) => void;
  kill: () => void;
}

export function createRenderer(container: HTMLElement, graph: Graph, h: RendererHandlers, labelSize = 14): GraphRenderer {
  let focus: Focus = null;
  const inFocus = (id: string) =>
    !focus || ("node" in focus ? id === focus.node || graph.areNeighbors(id, focus.node) : focus.pair.includes(id));
  const edgeInFocus = (s: string, t: string) =>
    !focus || ("node" in focus ? s === focus.node || t === focus.node : focus.pair.includes(s) && focus.pair.includes(t));

  const sigma = new Sigma(graph, container, {
    defaultEdgeType: "curved",
    edgeProgramClasses: { curved: createCurvedEdgeProgram() },
    renderEdgeLabels: false,
    labelRenderedSizeThreshold: 0,
    labelSize,
    labelWeight: "600",
    labelFont: "system-ui, sans-serif",
    labelColor: { color: "#111111" },
    zIndex: true,
    minCameraRatio: 0.2,
    maxCameraRatio: 4,
    stagePadding: 64,
    nodeReducer: (id, attrs) =>
      inFocus(id) ? { ...attrs, zIndex: 1, highlighted: !!focus && "node" in focus && focus.node === id } : { ...attrs, color: DIMMED, label: "", zIndex: 0 },
    edgeReducer: (edge, attrs) =>
      edgeInFocus(graph.source(edge), graph.target(edge)) ? { ...attrs, zIndex: 1 } : { ...attrs, color: DIMMED, dashed: false, zIndex: 0 },
  });
  requestAnimationFrame(() => h.onFirstFrame?.());

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
    if (dragged && moved) h.onMoved();
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

  return {
    setFocus(f) {
      focus = f;
      sigma.refresh({ skipIndexation: true });
    },
    kill: () => sigma.kill(),
  };
}
