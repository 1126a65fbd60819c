// Filters of the evaluator view: district, period, instrument, dimension, breakdown and the two periods to compare.
import type { JSX } from "preact";
import { useI18n } from "../../i18n/index.ts";
import { useApp } from "../../state.ts";
import type { EvaluatorFilters } from "./model.ts";

interface Props {
  value: EvaluatorFilters;
  onChange: (f: EvaluatorFilters) => void;
  districts: string[];
  periods: string[];
}

export function Filters({ value: f, onChange, districts, periods }: Props) {
  const { t, lang } = useI18n();
  const { instruments } = useApp();
  const set = (patch: Partial<EvaluatorFilters>) => onChange({ ...f, ...patch });
  const team = instruments.filter((i) => !i.audience || i.audience === "team");
  const items = (team.find((i) => i.id === f.instrument) ?? team[0])?.items ?? [];
  const select = (label: string, key: keyof EvaluatorFilters, options: [string, string][], testId: string): JSX.Element => (
    <label class="control">
      <span>{label}</span>
      <select value={f[key]} onChange={(e) => set({ [key]: e.currentTarget.value } as Partial<EvaluatorFilters>)} data-testid={testId}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  const all = t("filterAll");
  return (
    <div class="controls filters" role="group" aria-label={t("filtersTitle")}>
      {select(t("district"), "district", [["", all], ...districts.map((d): [string, string] => [d, d])], "f-district")}
      {select(t("period"), "period", [["", all], ...periods.map((p): [string, string] => [p, p])], "f-period")}
      {select(t("instrument"), "instrument", [["", all], ...team.map((i): [string, string] => [i.id, i.name[lang]])], "f-instrument")}
      {select(
        t("dimension"),
        "dimension",
        [["all", t("dimAll")], ["communication", t("dimCommunication")], ["relationship", t("dimRelationship")], ...items.map((it, i): [string, string] => [it.id, `${i + 1}. ${it.short[lang]}`])],
        "f-dimension",
      )}
      {select(t("breakdownBy"), "by", [["", t("byNone")], ["district", t("by_district")], ["unit", t("by_unit")], ["round", t("by_round")]], "f-by")}
      {select(t("changeFrom"), "from", [["", "–"], ...periods.map((p): [string, string] => [p, p])], "f-from")}
      {select(t("changeTo"), "to", [["", "–"], ...periods.map((p): [string, string] => [p, p])], "f-to")}
    </div>
  );
}
