// Seeded, reproducible layout: a circle in id order (small teams) refined by fixed ForceAtlas2 steps for larger graphs; dragged positions persist.
import type Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";

export type Positions = Record<string, { x: number; y: number }>;

export function seededLayout(g: Graph, saved?: Positions | null): void {
  const ids = g.nodes().slice().sort();
  const n = ids.length;
  ids.forEach((id, i) => {
    const angle = (2 * Math.PI * i) / Math.max(n, 1) - Math.PI / 2;
    g.mergeNodeAttributes(id, { x: Math.cos(angle) * 100, y: Math.sin(angle) * 100 });
  });
  if (n > 12) {
    const settings = { ...forceAtlas2.inferSettings(g), gravity: 1, scalingRatio: 10, barnesHutOptimize: n > 200 };
    forceAtlas2.assign(g, { iterations: n > 200 ? 60 : 150, settings, getEdgeWeight: null });
  }
  if (saved) for (const [id, p] of Object.entries(saved)) if (g.hasNode(id)) g.mergeNodeAttributes(id, p);
}

const KEY = "laget.layout.";
export function loadPositions(key: string): Positions | null {
  try {
    const raw = localStorage.getItem(KEY + key);
    return raw ? (JSON.parse(raw) as Positions) : null;
  } catch {
    return null;
  }
}
export function savePositions(key: string, g: Graph): void {
  const p: Positions = {};
  g.forEachNode((id, a) => (p[id] = { x: a.x as number, y: a.y as number }));
  try {
    localStorage.setItem(KEY + key, JSON.stringify(p));
  } catch {
    /* storage full or disabled */
  }
}
