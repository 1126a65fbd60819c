// Role × role heatmap of a cross-case aggregate: rows rate columns; mean, n of cases and weak share per cell
// (or the change between two periods). Hidden cells say "skjult" and never show a value; carried values name their release.
import type { AggregateCell, ChangeCell } from "../../../analysis/aggregate/types.ts";
import { BandCell, DiagCell, EmptyCell, LabelHeader, MatrixHead } from "../../components/MatrixCells.tsx";
import { useI18n } from "../../i18n/index.ts";
import { roleName, useApp } from "../../state.ts";
import { edgeKey } from "../meeting/model.ts";
import { band } from "./model.ts";

interface Props {
  title: string;
  roles: string[];
  threshold: number;
  /** The release shown: a cell computed in an earlier one says so. */
  release: string | null;
  testId?: string;
  pairs?: AggregateCell[];
  change?: ChangeCell[];
}

export function AggregateHeatmap({ title, roles, threshold, release, testId, pairs, change }: Props) {
  const { t, num, pct, delta, lang } = useI18n();
  const app = useApp();
  const cells = new Map<string, AggregateCell | ChangeCell>();
  for (const c of pairs ?? change ?? []) cells.set(edgeKey(c.rater, c.target), c);
  const long = (r: string) => roleName(app.roles, r, lang);
  const hidden = t("suppressedCell");
  const carried = (c: AggregateCell | ChangeCell) =>
    c.asOf && c.asOf !== release ? (
      <span class="n carried" data-carried={c.asOf}>
        <span class="sr-only">, </span>
        {t("carriedFrom", { id: c.asOf })}
      </span>
    ) : null;
  return (
    // Focusable so that keyboard users can scroll a wide matrix on a phone.
    <div class="matrix-wrap" tabIndex={0} role="region" aria-label={title}>
      <table class="matrix aggregate" data-testid={testId}>
        <caption>{title}</caption>
        <MatrixHead cols={roles.map((r) => ({ key: r, short: r, long: long(r) }))} />
        <tbody>
          {roles.map((row) => (
            <tr key={row}>
              <LabelHeader scope="row" short={row} long={long(row)} />
              {roles.map((col) => {
                if (row === col) return <DiagCell key={col} />;
                const c = cells.get(edgeKey(row, col));
                if (c?.suppressed)
                  return (
                    <td key={col} class="suppressed" data-suppressed="true">
                      <span class="hidden-text">{hidden}</span>
                    </td>
                  );
                if (!c || !c.n) return <EmptyCell key={col} />;
                if ("meanDelta" in c) {
                  const d = c.meanDelta ?? 0;
                  return (
                    <td key={col} class={`cell change ${d < 0 ? "down" : d > 0 ? "up" : ""}`}>
                      <span class="score">
                        <span aria-hidden="true">{d > 0 ? "▲ " : d < 0 ? "▼ " : ""}</span>
                        {delta(c.meanDelta)}
                      </span>
                      <span class="n">{t("casesCount", { n: c.n })}</span>
                      {carried(c)}
                    </td>
                  );
                }
                const b = c.mean === null ? "moderate" : band(c.mean, threshold);
                return (
                  <BandCell key={col} band={b} weak={b === "weak"} score={num(c.mean)}>
                    <span class="n">
                      <span class="sr-only">, </span>
                      {t("casesCount", { n: c.n })}
                    </span>
                    <span class="n">
                      <span class="sr-only">, </span>
                      {t("weakShareShort", { p: pct(c.weakShare) })}
                    </span>
                    {carried(c)}
                  </BandCell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
