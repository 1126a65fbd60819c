// A new round's settings before it opens: the language its forms open in, and what the team sees (the display setting).
import { useId } from "preact/hooks";
import type { RoundDisplay, RoundLanguage } from "../../../domain/round.ts";
import { Field } from "../../components/Field.tsx";
import { LANGS, useI18n } from "../../i18n/index.ts";

export interface RoundSettingsValue {
  language: RoundLanguage;
  display: RoundDisplay;
}

/** The display settings in the order offered (domain RoundDisplay; a plain list so the workspace loads no zod). */
const MODES: readonly RoundDisplay[] = ["direction", "pairs", "min2"];

export const DEFAULT_ROUND_SETTINGS: RoundSettingsValue = { language: "nb", display: "direction" };

interface Props {
  value: RoundSettingsValue;
  onChange: (v: RoundSettingsValue) => void;
}

export function RoundSettings({ value, onChange }: Props) {
  const { t } = useI18n();
  const id = useId();
  const set = (patch: Partial<RoundSettingsValue>) => onChange({ ...value, ...patch });
  return (
    <>
      <Field label={t("roundLanguage")} hint={t("roundLanguageHint")}>
        {({ id: fieldId, describedBy }) => (
          <select id={fieldId} aria-describedby={describedBy} value={value.language} onChange={(e) => set({ language: e.currentTarget.value as RoundLanguage })}>
            {LANGS.map((l) => (
              <option key={l.id} value={l.id} lang={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset class="voices display-choice" data-testid="display-options" aria-describedby={`${id}-dh`}>
        <legend>{t("roundDisplay")}</legend>
        <p class="hint" id={`${id}-dh`}>
          {t("roundDisplayHint")}
        </p>
        {MODES.map((mode) => (
          <div class="check" key={mode}>
            <input
              id={`${id}-${mode}`}
              type="radio"
              name={`${id}-display`}
              value={mode}
              checked={value.display === mode}
              aria-describedby={`${id}-${mode}-h`}
              onChange={() => set({ display: mode })}
            />
            <label for={`${id}-${mode}`}>{t(`display_${mode}`)}</label>
            <p class="hint" id={`${id}-${mode}-h`}>
              {t(`display_${mode}_hint`)}
            </p>
          </div>
        ))}
      </fieldset>
    </>
  );
}
