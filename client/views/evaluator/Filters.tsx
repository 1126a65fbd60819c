// Filters of the evaluator view: district, period and breakdown within the published release, and one of its change tables.
import type { JSX } from "preact";
import { useI18n } from "../../i18n/index.ts";
import type { EvaluatorFilters } from "./model.ts";

interface Props {
  value: EvaluatorFilters;
  onChange: (f: EvaluatorFilters) => void;
  districts: string[];
  /** The release's periods, oldest first. */
  periods: string[];
  /** The release's change tables (consecutive periods). */
  changes: { from: string; to: string }[];
  /** Districts the user is limited to (no "all" then); null for every district. */
  scope: string[] | null;
}

export function Filters({ value: f, onChange, districts, periods, changes, scope }: Props) {
  const { t } = useI18n();
  const set = (patch: Partial<EvaluatorFilters>) => onChange({ ...f, ...patch });
  const select = (label: string, value: string, options: [string, string][], testId: string, apply: (v: string) => void): JSX.Element => (
    <label class="control">
      <span>{label}</span>
      <select value={value} onChange={(e) => apply(e.currentTarget.value)} data-testid={testId}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  const latest = periods.at(-1);
  // Published districts only (a hidden district is never named), plus the one asked for in the URL.
  const names = f.district && !districts.includes(f.district) ? [...districts, f.district] : districts;
  const districtOptions: [string, string][] = [...(scope === null ? [["", t("filterAll")] as [string, string]] : []), ...names.map((d): [string, string] => [d, d])];
  return (
    <div class="controls filters" role="group" aria-label={t("filtersTitle")}>
      {select(t("district"), f.district, districtOptions, "f-district", (v) => set({ district: v }))}
      {select(t("period"), f.period, [["", latest ? t("periodLatest", { p: latest }) : "–"], ...[...periods].reverse().map((p): [string, string] => [p, p])], "f-period", (v) => set({ period: v }))}
      {select(t("breakdownBy"), f.by, [["", t("byNone")], ["district", t("by_district")], ["unit", t("by_unit")], ["round", t("by_round")]], "f-by", (v) => set({ by: v as EvaluatorFilters["by"] }))}
      {select(
        t("changeBetween"),
        f.from && f.to ? `${f.from}\u0000${f.to}` : "",
        [["", "–"], ...changes.map((c): [string, string] => [`${c.from}\u0000${c.to}`, `${c.from} → ${c.to}`])],
        "f-change",
        (v) => {
          const [from = "", to = ""] = v ? v.split("\u0000") : [];
          set({ from, to });
        },
      )}
    </div>
  );
}
