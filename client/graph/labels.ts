// Canvas labels of the sigma graph: full names beside each node (wrapped, on the side away from the centre, on a light
// backing) and a score pill in the middle of a curved edge; the label box is shared with the camera fit.

/** The part of sigma's settings the drawers read. */
export interface LabelSettings {
  labelSize: number;
  labelFont: string;
  labelWeight: string;
  edgeLabelSize: number;
}

/** A node as the label drawer gets it: viewport position and radius in pixels, plus display attributes. */
export interface LabelNode {
  x: number;
  y: number;
  size: number;
  label?: string | null;
  /** Out of focus: grey text. */
  dim?: boolean;
  /** Where the label goes (set by the renderer from the graph's centre); default: away from the viewport centre. */
  labelSide?: Side;
}

export type Side = "left" | "right" | "above" | "below";

export interface LabelBox {
  lines: string[];
  side: Side;
  /** Box relative to the node centre, in pixels. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  lineHeight: number;
}

const MAX_LINE = 20;
/** Labels beside a node (left/right) wrap narrower: their width is what the layout has to make room for. */
const MAX_LINE_SIDE = 14;

/** Characters per line for a label on `side`. */
export const lineLength = (side: Side): number => (side === "left" || side === "right" ? MAX_LINE_SIDE : MAX_LINE);
const PAD = 3;

/** Splits a name at spaces into lines of about `max` characters, at most three (a longer rest ends in "…"). */
export function wrapLabel(label: string, max = MAX_LINE): string[] {
  if (label.length <= max) return [label];
  const lines: string[] = [];
  let line = "";
  for (const w of label.split(/\s+/)) {
    if (line && (line + " " + w).length > max) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  lines.push(line);
  if (lines.length <= 3) return lines;
  const rest = lines.slice(2).join(" ");
  return [lines[0], lines[1], rest.length > max + 2 ? `${rest.slice(0, max).trimEnd()}…` : rest];
}

/** Which side of the node its label goes: away from the viewport centre (cx, cy), so labels point outwards. */
export function labelSide(x: number, y: number, cx: number, cy: number): Side {
  const dx = x - cx;
  const dy = y - cy;
  if (Math.abs(dx) >= Math.abs(dy) * 0.7) return dx < 0 ? "left" : "right";
  return dy < 0 ? "above" : "below";
}

function fontOf(s: LabelSettings, size = s.labelSize): string {
  return `${s.labelWeight} ${size}px ${s.labelFont}`;
}

/** The label's box for `node` (null without a label); `centre` is the viewport centre. */
export function labelBox(ctx: CanvasRenderingContext2D, node: LabelNode, s: LabelSettings, centre: { x: number; y: number }): LabelBox | null {
  if (!node.label) return null;
  ctx.font = fontOf(s);
  const side = node.labelSide ?? labelSide(node.x, node.y, centre.x, centre.y);
  const lines = wrapLabel(node.label, lineLength(side));
  const lineHeight = Math.round(s.labelSize * 1.2);
  const w = Math.max(...lines.map((l) => ctx.measureText(l).width)) + 2 * PAD;
  const h = lines.length * lineHeight + PAD;
  const gap = node.size + 4;
  switch (side) {
    case "right":
      return { lines, side, x0: gap, x1: gap + w, y0: -h / 2, y1: h / 2, lineHeight };
    case "left":
      return { lines, side, x0: -gap - w, x1: -gap, y0: -h / 2, y1: h / 2, lineHeight };
    case "above":
      return { lines, side, x0: -w / 2, x1: w / 2, y0: -gap - h, y1: -gap, lineHeight };
    default:
      return { lines, side, x0: -w / 2, x1: w / 2, y0: gap, y1: gap + h, lineHeight };
  }
}

/** The viewport centre of a sigma canvas context (its canvas is sized in device pixels). */
export function canvasCentre(ctx: CanvasRenderingContext2D): { x: number; y: number } {
  const ratio = typeof devicePixelRatio === "number" && devicePixelRatio > 0 ? devicePixelRatio : 1;
  return { x: ctx.canvas.width / ratio / 2, y: ctx.canvas.height / ratio / 2 };
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.arcTo(x + w, y, x + w, y + h, r);
  ctx.arcTo(x + w, y + h, x, y + h, r);
  ctx.arcTo(x, y + h, x, y, r);
  ctx.arcTo(x, y, x + w, y, r);
  ctx.closePath();
}

/** Sigma node label drawer: the full name on a light backing, wrapped to two lines, outward from the centre. */
export function drawNodeLabel(ctx: CanvasRenderingContext2D, node: LabelNode, s: LabelSettings): void {
  const box = labelBox(ctx, node, s, canvasCentre(ctx));
  if (!box) return;
  ctx.fillStyle = node.dim ? "rgba(255,255,255,0.6)" : "rgba(255,255,255,0.88)";
  roundRect(ctx, node.x + box.x0, node.y + box.y0, box.x1 - box.x0, box.y1 - box.y0, 4);
  ctx.fill();
  ctx.fillStyle = node.dim ? "#8a8a8a" : "#111111";
  ctx.font = fontOf(s);
  ctx.textBaseline = "alphabetic";
  ctx.textAlign = box.side === "left" ? "right" : box.side === "right" ? "left" : "center";
  const x = box.side === "left" ? node.x + box.x1 - PAD : box.side === "right" ? node.x + box.x0 + PAD : node.x;
  box.lines.forEach((line, i) => ctx.fillText(line, x, node.y + box.y0 + PAD / 2 + (i + 0.78) * box.lineHeight));
  ctx.textAlign = "left";
}

/** Sigma hover drawer: a ring around the node, then the label (the default would draw a one-line box over ours). */
export function drawNodeHover(ctx: CanvasRenderingContext2D, node: LabelNode & { color?: string }, s: LabelSettings): void {
  ctx.beginPath();
  ctx.arc(node.x, node.y, node.size + 3, 0, Math.PI * 2);
  ctx.lineWidth = 3;
  ctx.strokeStyle = "#111111";
  ctx.stroke();
  drawNodeLabel(ctx, { ...node, dim: false }, s);
}

/**
 * Point of the quadratic Bézier edge at t = 0.5, in viewport pixels (the same curve as the edge shader, y pointing
 * down), and the unit vector towards the side the curve bends to.
 */
export function curveMiddle(s: { x: number; y: number }, t: { x: number; y: number }, curvature: number): { x: number; y: number; px: number; py: number } {
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const len = Math.hypot(dx, dy);
  if (len === 0) return { x: s.x, y: s.y, px: 0, py: -1 };
  // The shader bends to the left of the direction in graph space (y up); on screen (y down) that is (dy, −dx).
  const px = dy / len;
  const py = -dx / len;
  return { x: (s.x + t.x) / 2 + (px * len * curvature) / 2, y: (s.y + t.y) / 2 + (py * len * curvature) / 2, px, py };
}

/** Edge label drawer for curved edges: the score in a pill of the edge's colour at the middle of its curve. */
export function makeEdgeLabelDrawer(curvature: number) {
  return function drawEdgeLabel(
    ctx: CanvasRenderingContext2D,
    edge: { label?: string | null; color?: string },
    source: { x: number; y: number },
    target: { x: number; y: number },
    s: LabelSettings,
  ): void {
    if (!edge.label) return;
    const mid = curveMiddle(source, target, curvature);
    const size = s.edgeLabelSize;
    ctx.font = `700 ${size}px ${s.labelFont}`;
    const w = ctx.measureText(edge.label).width + 12;
    const h = size + 8;
    // Beside the curve on its outer side, so the two directions of a pair never cover each other.
    const m = { x: mid.x + mid.px * (h / 2 + 2), y: mid.y + mid.py * (h / 2 + 2) };
    roundRect(ctx, m.x - w / 2, m.y - h / 2, w, h, h / 2);
    ctx.fillStyle = edge.color && edge.color.startsWith("#") ? edge.color : "#333333";
    ctx.fill();
    ctx.lineWidth = 2;
    ctx.strokeStyle = "#ffffff";
    ctx.stroke();
    ctx.fillStyle = "#ffffff";
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.fillText(edge.label, m.x, m.y + 1);
    ctx.textAlign = "left";
    ctx.textBaseline = "alphabetic";
  };
}
