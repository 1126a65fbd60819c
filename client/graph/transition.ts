// Transition between two laid-out round graphs: a union graph whose node positions/sizes and edge colours/sizes are
// interpolated from round A (t = 0) to round B (t = 1); nodes and links only in one round fade in or out.
import Graph from "graphology";
import { prefersReducedMotion } from "./motion.ts";

type Attrs = Record<string, unknown>;
interface Ends {
  from: Attrs | null;
  to: Attrs | null;
}

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;
/** Ease in and out, so the movement starts and ends gently. */
export const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

export function parseHex(c: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(c.trim());
  if (!m) return [102, 102, 102];
  const v = parseInt(m[1], 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/** Colour between two hex colours at t, with an alpha (rgba string sigma understands). */
export function mixColour(a: string, b: string, t: number, alpha = 1): string {
  const [r1, g1, b1] = parseHex(a);
  const [r2, g2, b2] = parseHex(b);
  const ch = (x: number, y: number) => Math.round(lerp(x, y, t));
  return `rgba(${ch(r1, r2)},${ch(g1, g2)},${ch(b1, b2)},${Math.round(alpha * 1000) / 1000})`;
}

export interface TransitionGraph {
  graph: Graph;
  /** Sets every node and edge to its state at t (0 = round A, 1 = round B). */
  apply: (t: number) => void;
}

/**
 * Union of two graphs built by build.ts and laid out (x, y set). Node and edge keys are shared between rounds
 * (role ids, `a->b`), so a node or link present in both moves and recolours; the others fade. With `into`, that
 * graph is emptied and filled (the renderer keeps drawing the same graph object).
 */
export function transitionGraph(a: Graph, b: Graph, into?: Graph): TransitionGraph {
  const g = into ?? new Graph({ type: "directed", multi: false });
  g.clear();
  const nodes = new Map<string, Ends>();
  const edges = new Map<string, Ends & { source: string; target: string }>();
  a.forEachNode((id, attrs) => nodes.set(id, { from: attrs, to: null }));
  b.forEachNode((id, attrs) => {
    const e = nodes.get(id);
    if (e) e.to = attrs;
    else nodes.set(id, { from: null, to: attrs });
  });
  a.forEachEdge((key, attrs, source, target) => edges.set(key, { from: attrs, to: null, source, target }));
  b.forEachEdge((key, attrs, source, target) => {
    const e = edges.get(key);
    if (e) e.to = attrs;
    else edges.set(key, { from: null, to: attrs, source, target });
  });
  for (const [id, e] of nodes) g.addNode(id, { ...(e.to ?? e.from) });
  for (const [key, e] of edges) g.addDirectedEdgeWithKey(key, e.source, e.target, { ...(e.to ?? e.from) });

  const apply = (raw: number) => {
    const t = Math.min(1, Math.max(0, raw));
    for (const [id, e] of nodes) {
      const f = e.from ?? e.to!;
      const to = e.to ?? e.from!;
      const fade = !e.from ? t : !e.to ? 1 - t : 1;
      const present = fade > 0;
      g.mergeNodeAttributes(id, {
        x: lerp(f.x as number, to.x as number, t),
        y: lerp(f.y as number, to.y as number, t),
        size: lerp(e.from ? (f.size as number) : 0, e.to ? (to.size as number) : 0, t),
        color: mixColour(f.color as string, to.color as string, t, fade),
        label: fade >= 0.5 ? (to.label ?? f.label) : "",
        hidden: !present,
      });
    }
    for (const [key, e] of edges) {
      const f = e.from ?? e.to!;
      const to = e.to ?? e.from!;
      const fade = !e.from ? t : !e.to ? 1 - t : 1;
      g.mergeEdgeAttributes(key, {
        color: mixColour(f.color as string, to.color as string, t, fade),
        size: lerp(e.from ? (f.size as number) : 0, e.to ? (to.size as number) : 0, t),
        dashed: t < 0.5 ? !!f.dashed && !!e.from : !!to.dashed && !!e.to,
        band: t < 0.5 ? f.band : to.band,
        hidden: fade <= 0,
      });
    }
  };
  apply(0);
  return { graph: g, apply };
}

/**
 * Runs `apply` from 0 to 1 over `ms` with requestAnimationFrame (eased); straight to 1 when motion is reduced.
 * Returns a cancel function. `done` gets the number of frames drawn (0 = no animation).
 */
export function animate(apply: (t: number) => void, ms: number, done: (frames: number) => void, reduced = prefersReducedMotion()): () => void {
  if (reduced || ms <= 0) {
    apply(1);
    done(0);
    return () => {};
  }
  let frames = 0;
  let start: number | null = null;
  let id = 0;
  const step = (now: number) => {
    start ??= now;
    const t = Math.min(1, (now - start) / ms);
    apply(ease(t));
    frames++;
    if (t < 1) id = requestAnimationFrame(step);
    else done(frames);
  };
  apply(0);
  id = requestAnimationFrame(step);
  return () => cancelAnimationFrame(id);
}
