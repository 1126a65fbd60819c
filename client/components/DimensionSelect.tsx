// The dimension a view shows: all seven items, the communication or relationship group, or one item.
import type { InstrumentItem } from "../../surveys/schema.ts";
import { useI18n } from "../i18n/index.ts";

interface Props {
  value: string;
  onChange: (dimension: string) => void;
  /** The items a dimension can be (empty: only all seven and the two groups). */
  items: InstrumentItem[];
  testId: string;
  disabled?: boolean;
}

export function DimensionSelect({ value, onChange, items, testId, disabled = false }: Props) {
  const { t, lang } = useI18n();
  return (
    <label class="control">
      <span>{t("dimension")}</span>
      <select value={value} disabled={disabled} onChange={(e) => onChange(e.currentTarget.value)} data-testid={testId}>
        <option value="all">{t("dimAll")}</option>
        <option value="communication">{t("dimCommunication")}</option>
        <option value="relationship">{t("dimRelationship")}</option>
        {items.map((it, i) => (
          <option key={it.id} value={it.id}>
            {i + 1}. {it.short[lang]}
          </option>
        ))}
      </select>
    </label>
  );
}
