// A pair's small trend across the rounds: a line over the 1–5 scale with the threshold dashed (decorative; the numbers stand beside it).
interface Props {
  scores: (number | null)[];
  threshold: number;
  width?: number;
  height?: number;
}

/** x of round i of n and y of a 1–5 score inside a box with 3 px padding. */
export function sparkPoints(scores: (number | null)[], width: number, height: number): { x: number; y: number; v: number }[] {
  const pad = 3;
  const step = scores.length > 1 ? (width - 2 * pad) / (scores.length - 1) : 0;
  const y = (v: number) => pad + ((5 - v) / 4) * (height - 2 * pad);
  return scores.flatMap((v, i) => (v === null ? [] : [{ x: scores.length > 1 ? pad + i * step : width / 2, y: y(v), v }]));
}

export function Sparkline({ scores, threshold, width = 160, height = 32 }: Props) {
  const points = sparkPoints(scores, width, height);
  const ty = 3 + ((5 - threshold) / 4) * (height - 6);
  return (
    <svg class="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
      <line x1={0} x2={width} y1={ty} y2={ty} class="spark-threshold" />
      {points.length > 1 && <polyline points={points.map((p) => `${p.x},${p.y}`).join(" ")} class="spark-line" />}
      {points.map((p, i) => (
        <circle key={i} cx={p.x} cy={p.y} r={i === points.length - 1 ? 3 : 2} class={p.v <= threshold + 1e-9 ? "spark-weak" : "spark-ok"} />
      ))}
    </svg>
  );
}
