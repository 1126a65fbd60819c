// One key figure across the rounds as a small line chart in plain SVG (the table beside it holds the same numbers).
import { useId } from "preact/hooks";

interface Props {
  title: string;
  /** One value per round (null = none that round). */
  values: (number | null)[];
  rounds: string[];
  /** The axis: shares 0–1 shown as percent, or scores 1–5. */
  scale: "share" | "score";
  format: (v: number | null) => string;
}

const W = 320;
const H = 150;
const PAD = { left: 36, right: 14, top: 22, bottom: 30 };
/** The first and last round sit this far inside the plot, so their value labels clear the axis labels. */
const INSET = 30;

export function FigureChart({ title, values, rounds, scale, format }: Props) {
  const id = useId();
  const [lo, hi] = scale === "share" ? [0, 1] : [1, 5];
  const ticks = scale === "share" ? [0, 0.5, 1] : [1, 3, 5];
  const innerW = W - PAD.left - PAD.right - 2 * INSET;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + INSET + (rounds.length > 1 ? (i * innerW) / (rounds.length - 1) : innerW / 2);
  const y = (v: number) => PAD.top + ((hi - Math.max(lo, Math.min(hi, v))) / (hi - lo)) * innerH;
  const points = values.flatMap((v, i) => (v === null ? [] : [{ x: x(i), y: y(v), v, i }]));
  // Round names share the axis: each gets the characters that fit its share of the width (about 6 px a character).
  const room = rounds.length > 1 ? Math.max(3, Math.floor(Math.min(innerW / (rounds.length - 1), 2 * INSET + 20) / 6.2)) : 24;
  const summary = rounds.map((r, i) => `${r}: ${format(values[i])}`).join(", ");
  return (
    <figure class="figure-chart">
      <figcaption id={`${id}-t`}>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`} data-testid="figure-chart">
        <desc id={`${id}-d`}>{summary}</desc>
        {ticks.map((tk) => (
          <g key={tk}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(tk)} y2={y(tk)} class="chart-grid" />
            <text x={PAD.left - 5} y={y(tk) + 4} class="chart-tick" text-anchor="end">
              {format(tk)}
            </text>
          </g>
        ))}
        {points.length > 1 && <polyline points={points.map((p) => `${p.x},${p.y}`).join(" ")} class="chart-line" />}
        {points.map((p) => (
          <g key={p.i}>
            <circle cx={p.x} cy={p.y} r={4} class="chart-dot" />
            <text x={p.x} y={p.y - 8} class="chart-value" text-anchor="middle">
              {format(p.v)}
            </text>
          </g>
        ))}
        {rounds.map((r, i) => (
          <text key={i} x={x(i)} y={H - 8} class="chart-round" text-anchor="middle">
            {r.length > room ? `${r.slice(0, room - 1)}…` : r}
          </text>
        ))}
      </svg>
    </figure>
  );
}
