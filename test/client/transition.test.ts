// Graph transition between two rounds: interpolation of positions, sizes and edge colours; fades; reduced motion.
import Graph from "graphology";
import { describe, expect, it, vi } from "vitest";
import { animate, ease, mixColour, transitionGraph } from "../../client/graph/transition.ts";

function graph(nodes: [string, number, number, number][], edges: [string, string, string, boolean][]) {
  const g = new Graph({ type: "directed" });
  for (const [id, x, y, size] of nodes) g.addNode(id, { x, y, size, color: "#CC79A7", label: id });
  for (const [s, t, color, dashed] of edges) g.addDirectedEdgeWithKey(`${s}->${t}`, s, t, { color, size: 2, dashed });
  return g;
}

const A = graph([["a", 0, 0, 10], ["b", 100, 0, 20], ["old", 50, 50, 10]], [["a", "b", "#B2182B", true], ["a", "old", "#2166AC", false]]);
const B = graph([["a", 0, 100, 20], ["b", 100, 0, 10], ["new", -50, 0, 12]], [["a", "b", "#2166AC", false], ["b", "new", "#7A7A7A", false]]);

describe("transitionGraph", () => {
  it("starts at round A and ends at round B", () => {
    const { graph: g, apply } = transitionGraph(A, B);
    expect(g.getNodeAttributes("a")).toMatchObject({ x: 0, y: 0, size: 10, hidden: false });
    expect(g.getNodeAttribute("new", "hidden")).toBe(true);
    expect(g.getEdgeAttributes("a->b")).toMatchObject({ color: "rgba(178,24,43,1)", dashed: true, hidden: false });
    expect(g.getEdgeAttribute("b->new", "hidden")).toBe(true);
    apply(1);
    expect(g.getNodeAttributes("a")).toMatchObject({ x: 0, y: 100, size: 20 });
    expect(g.getNodeAttribute("old", "hidden")).toBe(true);
    expect(g.getNodeAttributes("new")).toMatchObject({ hidden: false, size: 12, label: "new" });
    expect(g.getEdgeAttributes("a->b")).toMatchObject({ color: "rgba(33,102,172,1)", dashed: false });
    expect(g.getEdgeAttribute("a->old", "hidden")).toBe(true);
    expect(g.getEdgeAttribute("b->new", "hidden")).toBe(false);
  });

  it("interpolates half way: positions, sizes, colours, and fades nodes and links in and out", () => {
    const { graph: g, apply } = transitionGraph(A, B);
    apply(0.5);
    expect(g.getNodeAttributes("a")).toMatchObject({ x: 0, y: 50, size: 15 });
    expect(g.getNodeAttribute("old", "size")).toBe(5);
    expect(g.getNodeAttribute("old", "color")).toBe("rgba(204,121,167,0.5)");
    expect(g.getEdgeAttribute("a->b", "color")).toBe(mixColour("#B2182B", "#2166AC", 0.5));
    expect(g.getEdgeAttribute("b->new", "size")).toBe(1);
  });

  it("eases from 0 to 1", () => {
    expect(ease(0)).toBe(0);
    expect(ease(1)).toBe(1);
    expect(ease(0.5)).toBeCloseTo(0.5);
  });
});

describe("animate", () => {
  it("jumps straight to round B without frames when motion is reduced", () => {
    const apply = vi.fn();
    const done = vi.fn();
    animate(apply, 1000, done, true);
    expect(apply.mock.calls).toEqual([[1]]);
    expect(done).toHaveBeenCalledWith(0);
  });

  it("runs frames from 0 to 1 with requestAnimationFrame", () => {
    let now = 0;
    const queue: FrameRequestCallback[] = [];
    vi.stubGlobal("requestAnimationFrame", (cb: FrameRequestCallback) => queue.push(cb));
    vi.stubGlobal("cancelAnimationFrame", () => {});
    const ts: number[] = [];
    const done = vi.fn();
    animate((t) => ts.push(t), 100, done, false);
    while (queue.length) {
      queue.shift()!(now);
      now += 16;
    }
    vi.unstubAllGlobals();
    expect(ts[0]).toBe(0);
    expect(ts.at(-1)).toBe(1);
    expect(ts.length).toBeGreaterThan(5);
    expect(done).toHaveBeenCalledWith(ts.length - 1);
  });
});
