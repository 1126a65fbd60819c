// Level (roles or members), threshold and dimension: the switches of the timeline and the case page's downloads.
import type { InstrumentItem } from "../../surveys/schema.ts";
import { useI18n } from "../i18n/index.ts";
import { DimensionSelect } from "./DimensionSelect.tsx";
import { ThresholdSlider } from "./ThresholdSlider.tsx";

export interface SwitchValues {
  by: "role" | "member";
  threshold: number;
  dimension: string;
}

interface Props {
  value: SwitchValues;
  onChange: (v: SwitchValues) => void;
  /** The items a dimension can be (empty: only all seven and the two groups). */
  items: InstrumentItem[];
  /** Distinguishes the radio groups when two sets are on one page. */
  name: string;
  /** Only all seven items (imported pair scores have no item dimensions): the dimension switch is left out. */
  allOnly?: boolean;
}

export function ViewSwitches({ value, onChange, items, name, allOnly = false }: Props) {
  const { t } = useI18n();
  const set = (patch: Partial<SwitchValues>) => onChange({ ...value, ...patch });
  return (
    <div class="controls" role="group" aria-label={t("viewSwitches")}>
      <fieldset class="radios">
        <legend>{t("level")}</legend>
        {(["role", "member"] as const).map((x) => (
          <label key={x}>
            <input type="radio" name={`${name}-level`} value={x} checked={value.by === x} onChange={() => set({ by: x })} /> {x === "role" ? t("levelRole") : t("levelMember")}
          </label>
        ))}
      </fieldset>
      <ThresholdSlider value={value.threshold} onChange={(threshold) => set({ threshold })} testId={`${name}-threshold`} />
      {!allOnly && <DimensionSelect value={value.dimension} onChange={(dimension) => set({ dimension })} items={items} testId={`${name}-dimension`} />}
    </div>
  );
}
