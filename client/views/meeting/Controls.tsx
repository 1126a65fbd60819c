// Switches of the meeting view: dimension, threshold slider, role/member level, node size, presentation and print.
import type { InstrumentItem } from "../../../surveys/schema.ts";
import { DimensionSelect } from "../../components/DimensionSelect.tsx";
import { ThresholdSlider } from "../../components/ThresholdSlider.tsx";
import { useI18n } from "../../i18n/index.ts";
import type { MeetingSettings } from "./settings.ts";

interface Props {
  settings: MeetingSettings;
  onChange: (s: MeetingSettings) => void;
  items: InstrumentItem[];
  perItem: boolean;
  presenting: boolean;
  onPresent: () => void;
  onPrint: () => void;
}

function Radio<V extends string>(p: { name: string; legend: string; value: V; options: [V, string][]; onChange: (v: V) => void }) {
  return (
    <fieldset class="radios">
      <legend>{p.legend}</legend>
      {p.options.map(([v, text]) => (
        <label key={v}>
          <input type="radio" name={p.name} value={v} checked={p.value === v} onChange={() => p.onChange(v)} /> {text}
        </label>
      ))}
    </fieldset>
  );
}

export function Controls({ settings: s, onChange, items, perItem, presenting, onPresent, onPrint }: Props) {
  const { t } = useI18n();
  const set = (patch: Partial<MeetingSettings>) => onChange({ ...s, ...patch });
  return (
    <div class="controls" role="group" aria-label={t("dimension")}>
      <DimensionSelect value={s.dimension} onChange={(dimension) => set({ dimension })} items={items} testId="dimension" disabled={!perItem} />
      <ThresholdSlider value={s.threshold} onChange={(threshold) => set({ threshold })} testId="threshold" />
      <Radio name="level" legend={t("level")} value={s.by} options={[["role", t("levelRole")], ["member", t("levelMember")]]} onChange={(by) => set({ by })} />
      <Radio name="size" legend={t("sizeBy")} value={s.sizeBy} options={[["in", t("sizeIn")], ["betweenness", t("sizeBetween")]]} onChange={(sizeBy) => set({ sizeBy })} />
      <div class="control buttons">
        <button type="button" onClick={onPresent} aria-pressed={presenting}>
          {presenting ? t("exitPresent") : t("present")}
        </button>
        <button type="button" onClick={onPrint}>
          {t("print")}
        </button>
      </div>
    </div>
  );
}
