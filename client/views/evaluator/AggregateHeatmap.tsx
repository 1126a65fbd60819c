// Role × role heatmap of a cross-case aggregate: rows rate columns; mean, n of cases and weak share per cell
// (or the change between two periods). Suppressed cells say "skjult (< 5 saker)" and never show a value.
import type { AggregateCell, ChangeCell } from "../../api/types.ts";
import { BAND_TINT } from "../../graph/palette.ts";
import { useI18n } from "../../i18n/index.ts";
import { roleName, useApp } from "../../state.ts";

interface Props {
  title: string;
  roles: string[];
  threshold: number;
  minCases: number;
  testId?: string;
  pairs?: AggregateCell[];
  change?: ChangeCell[];
}

const band = (score: number, threshold: number) => (score <= threshold ? "weak" : score <= Math.max(4, threshold) ? "moderate" : "strong");

export function AggregateHeatmap({ title, roles, threshold, minCases, testId, pairs, change }: Props) {
  const { t, num, pct, delta, lang } = useI18n();
  const app = useApp();
  const cells = new Map<string, AggregateCell | ChangeCell>();
  for (const c of pairs ?? change ?? []) cells.set(`${c.rater}\u0000${c.target}`, c);
  const long = (r: string) => roleName(app.roles, r, lang);
  const hidden = t("suppressedCell", { min: minCases });
  return (
    // Focusable so that keyboard users can scroll a wide matrix on a phone.
    <div class="matrix-wrap" tabIndex={0} role="region" aria-label={title}>
      <table class="matrix aggregate" data-testid={testId}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <td class="corner">{t("raterRated")}</td>
            {roles.map((r) => (
              <th scope="col" key={r} title={long(r)}>
                {r}
                <span class="sr-only"> ({long(r)})</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {roles.map((row) => (
            <tr key={row}>
              <th scope="row" title={long(row)}>
                {row}
                <span class="sr-only"> ({long(row)})</span>
              </th>
              {roles.map((col) => {
                if (row === col)
                  return (
                    <td key={col} class="diag">
                      <span class="sr-only">–</span>
                    </td>
                  );
                const c = cells.get(`${row}\u0000${col}`);
                if (c?.suppressed)
                  return (
                    <td key={col} class="suppressed" data-suppressed="true">
                      <span class="hidden-text">{hidden}</span>
                    </td>
                  );
                if (!c || !c.n)
                  return (
                    <td key={col} class="empty">
                      <span aria-hidden="true">–</span>
                      <span class="sr-only">{t("noScore")}</span>
                    </td>
                  );
                if ("meanDelta" in c) {
                  const d = c.meanDelta ?? 0;
                  return (
                    <td key={col} class={`cell change ${d < 0 ? "down" : d > 0 ? "up" : ""}`}>
                      <span class="score">
                        <span aria-hidden="true">{d > 0 ? "▲ " : d < 0 ? "▼ " : ""}</span>
                        {delta(c.meanDelta)}
                      </span>
                      <span class="n">{t("casesCount", { n: c.n })}</span>
                    </td>
                  );
                }
                const b = c.mean === null ? "moderate" : band(c.mean, threshold);
                return (
                  <td key={col} class={`cell ${b}`} style={{ background: BAND_TINT[b] }} data-weak={b === "weak" ? "true" : undefined}>
                    <span class="score">{num(c.mean)}</span>
                    {b === "weak" && (
                      <>
                        <span class="mark" aria-hidden="true">
                          ◆
                        </span>
                        <span class="sr-only">, {t("weakMark")}</span>
                      </>
                    )}
                    <span class="n">
                      <span class="sr-only">, </span>
                      {t("casesCount", { n: c.n })}
                    </span>
                    <span class="n">
                      <span class="sr-only">, </span>
                      {t("weakShareShort", { p: pct(c.weakShare) })}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
