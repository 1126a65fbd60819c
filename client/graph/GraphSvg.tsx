// The laid-out graph as SVG, drawn for its box rather than a screen: the printed handout, and the graph when WebGL is missing.
// Same positions, colours, curved directed edges (weak ones dashed) and full names as the sigma view.
import { BAND_COLOUR, type Band } from "./palette.ts";
import { labelSide, lineLength, wrapLabel } from "./labels.ts";

export interface SvgNode {
  id: string;
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
}
export interface SvgEdge {
  key: string;
  source: string;
  target: string;
  band: Band;
}
export interface SvgModel {
  nodes: SvgNode[];
  edges: SvgEdge[];
}

const CURVATURE = 0.18;
const FONT = 7;
const LINE = FONT * 1.2;
/** Graph units per character, a safe estimate of a system sans-serif at FONT size (600 weight). */
const CHAR = FONT * 0.58;

/** Node positions in SVG space (y down), scaled so the layout circle has radius 100. */
function place(nodes: SvgNode[]): { nodes: (SvgNode & { r: number })[]; scale: number } {
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  const half = Math.max(1e-9, ...nodes.map((n) => Math.max(Math.abs(n.x - cx), Math.abs(n.y - cy))));
  const scale = 100 / half;
  const r = nodes.length > 20 ? 0.28 : 0.42;
  return { nodes: nodes.map((n) => ({ ...n, x: (n.x - cx) * scale, y: -(n.y - cy) * scale, r: Math.max(3, n.size * r) })), scale };
}

export function GraphSvg({ model, title, class: cls }: { model: SvgModel; title: string; class?: string }) {
  if (model.nodes.length === 0) return null;
  const { nodes } = place(model.nodes);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  // Labels point away from the centroid of the nodes, as on screen.
  const gx = nodes.reduce((a, n) => a + n.x, 0) / nodes.length;
  const gy = nodes.reduce((a, n) => a + n.y, 0) / nodes.length;
  const labels = nodes.map((n) => {
    const side = labelSide(n.x, n.y, gx, gy);
    const lines = wrapLabel(n.label, lineLength(side));
    const w = Math.max(...lines.map((l) => l.length)) * CHAR;
    const h = lines.length * LINE;
    const gap = n.r + 2;
    const x = side === "left" ? n.x - gap : side === "right" ? n.x + gap : n.x;
    const top = side === "above" ? n.y - gap - h : side === "below" ? n.y + gap : n.y - h / 2;
    const x0 = side === "left" ? x - w : side === "right" ? x : x - w / 2;
    return { n, lines, side, x, top, box: [x0, top, x0 + w, top + h] };
  });
  const minX = Math.min(...labels.map((l) => l.box[0]), ...nodes.map((n) => n.x - n.r)) - 4;
  const maxX = Math.max(...labels.map((l) => l.box[2]), ...nodes.map((n) => n.x + n.r)) + 4;
  const minY = Math.min(...labels.map((l) => l.box[1]), ...nodes.map((n) => n.y - n.r)) - 4;
  const maxY = Math.max(...labels.map((l) => l.box[3]), ...nodes.map((n) => n.y + n.r)) + 4;
  const bands: Band[] = ["weak", "moderate", "strong"];
  return (
    <svg class={cls} viewBox={`${minX} ${minY} ${maxX - minX} ${maxY - minY}`} role="img" aria-label={title} data-testid="graph-svg">
      <defs>
        {bands.map((b) => (
          <marker key={b} id={`arrow-${b}`} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse" markerUnits="strokeWidth">
            <path d="M0,0 L10,5 L0,10 z" fill={BAND_COLOUR[b]} />
          </marker>
        ))}
      </defs>
      <g fill="none">
        {model.edges.map((e) => {
          const s = byId.get(e.source);
          const t = byId.get(e.target);
          if (!s || !t || s === t) return null;
          const dx = t.x - s.x;
          const dy = t.y - s.y;
          const len = Math.hypot(dx, dy) || 1;
          const c = { x: (s.x + t.x) / 2 + (dy / len) * len * CURVATURE, y: (s.y + t.y) / 2 - (dx / len) * len * CURVATURE };
          // End at the target's rim: step back from its centre towards the control point.
          const bx = c.x - t.x;
          const by = c.y - t.y;
          const bl = Math.hypot(bx, by) || 1;
          const end = { x: t.x + (bx / bl) * (t.r + 1), y: t.y + (by / bl) * (t.r + 1) };
          return (
            <path
              key={e.key}
              d={`M${s.x.toFixed(2)},${s.y.toFixed(2)} Q${c.x.toFixed(2)},${c.y.toFixed(2)} ${end.x.toFixed(2)},${end.y.toFixed(2)}`}
              stroke={BAND_COLOUR[e.band]}
              stroke-width={e.band === "weak" ? 1.3 : 1.1}
              stroke-dasharray={e.band === "weak" ? "4 2.5" : undefined}
              marker-end={`url(#arrow-${e.band})`}
            />
          );
        })}
      </g>
      {nodes.map((n) => (
        <circle key={n.id} cx={n.x} cy={n.y} r={n.r} fill={n.color} stroke="#ffffff" stroke-width="0.8" />
      ))}
      <g font-size={FONT} font-weight="600" font-family="system-ui, sans-serif" fill="#111">
        {labels.map((l) => (
          <text key={l.n.id} x={l.x} y={l.top} text-anchor={l.side === "left" ? "end" : l.side === "right" ? "start" : "middle"}>
            {l.lines.map((line, i) => (
              <tspan key={i} x={l.x} dy={i === 0 ? FONT * 0.95 : LINE}>
                {line}
              </tspan>
            ))}
          </text>
        ))}
      </g>
    </svg>
  );
}
