// Seeded, reproducible layout: the team's seats (members) on a circle grouped by role, a role node where its members sit,
// so switching roles ↔ members keeps every node in place; ForceAtlas2 refines large graphs; dragged positions persist.
import type Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";

export type Positions = Record<string, { x: number; y: number }>;

/** A seat of the team: a member and its role (the nodes of a member-level graph). */
export interface Seat {
  id: string;
  role: string;
  label?: string;
}

/** Above this many nodes the circle is refined by ForceAtlas2 (roles ↔ members stay aligned only below it). */
export const FORCE_LAYOUT_FROM = 40;
const RADIUS = 100;

/** Seats ordered by role (in `roleOrder`, unknown roles after, by id), then label, then id. */
export function orderSeats(seats: Seat[], roleOrder: string[] = []): Seat[] {
  const rank = (r: string) => {
    const i = roleOrder.indexOf(r);
    return i < 0 ? roleOrder.length : i;
  };
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return seats.slice().sort((a, b) => rank(a.role) - rank(b.role) || cmp(a.role, b.role) || cmp(a.label ?? "", b.label ?? "") || cmp(a.id, b.id));
}

/**
 * Positions of the graph's nodes: every seat on a circle in `orderSeats` order; a node that is a seat sits on its
 * seat; a node that is a role sits on the circle at the mean direction of its members' seats. Nodes that are neither
 * get seats of their own. Without `seats` the graph's nodes are the seats.
 */
export function seatPositions(nodes: Seat[], seats: Seat[] = [], roleOrder: string[] = []): Positions {
  const seatIds = new Set(seats.map((s) => s.id));
  const rolesWithSeats = new Set(seats.map((s) => s.role));
  const extra = nodes.filter((n) => !seatIds.has(n.id) && !(n.id === n.role && rolesWithSeats.has(n.role)));
  const all = orderSeats([...seats, ...extra], roleOrder);
  const seatAt: Positions = {};
  all.forEach((s, i) => {
    // Graph space has y pointing up: the first seat is at the top and the seats go clockwise on screen.
    const angle = Math.PI / 2 - (2 * Math.PI * i) / Math.max(all.length, 1);
    seatAt[s.id] = { x: Math.cos(angle) * RADIUS, y: Math.sin(angle) * RADIUS };
  });
  const out: Positions = {};
  for (const n of nodes) {
    if (seatAt[n.id]) {
      out[n.id] = seatAt[n.id];
      continue;
    }
    const members = all.filter((s) => s.role === n.role).map((s) => seatAt[s.id]);
    const mx = members.reduce((a, p) => a + p.x, 0) / members.length;
    const my = members.reduce((a, p) => a + p.y, 0) / members.length;
    const len = Math.hypot(mx, my);
    out[n.id] = len > 1e-6 ? { x: (mx / len) * RADIUS, y: (my / len) * RADIUS } : { x: mx, y: my };
  }
  return out;
}

/** Lays out `g` (nodes with attribute `role`) by seat, refines large graphs, then applies `saved` (dragged) positions. */
export function seededLayout(g: Graph, saved?: Positions | null, seats?: Seat[], roleOrder?: string[]): void {
  const nodes = g.mapNodes((id, a) => ({ id, role: (a.role as string) ?? id, label: a.short as string | undefined }));
  const pos = seatPositions(nodes, seats, roleOrder);
  for (const [id, p] of Object.entries(pos)) g.mergeNodeAttributes(id, p);
  const n = g.order;
  if (n > FORCE_LAYOUT_FROM) {
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
