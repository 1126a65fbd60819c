// A case's form fields (pseudonymous code, district, unit) with their privacy and required checks, for creating and editing a case.
import { Field } from "../../components/Field.tsx";
import { useI18n, type T } from "../../i18n/index.ts";
import { hasNationalId, looksLikeName } from "./privacy.ts";

export interface CaseDraft {
  code: string;
  district: string;
  unit: string;
}

/** Field errors: a national id number anywhere; a code under 2 characters or an empty district once `showRequired`. */
export function caseErrors(t: T, d: CaseDraft, showRequired: boolean) {
  const idError = (s: string) => (hasNationalId(s) ? t("looksLikeId") : null);
  return {
    code: idError(d.code) ?? (showRequired && d.code.trim().length < 2 ? t("required") : null),
    district: idError(d.district) ?? (showRequired && !d.district.trim() ? t("required") : null),
    unit: idError(d.unit),
  };
}

interface Props {
  draft: CaseDraft;
  /** Takes an update of the draft, as a useState setter does. */
  onChange: (update: (d: CaseDraft) => CaseDraft) => void;
  /** The districts to choose from (a select); empty: the district is free text. */
  districts: string[];
  showRequired: boolean;
}

export function CaseFields({ draft, onChange, districts, showRequired }: Props) {
  const { t } = useI18n();
  const errors = caseErrors(t, draft, showRequired);
  const set = (patch: Partial<CaseDraft>) => onChange((d) => ({ ...d, ...patch }));
  return (
    <>
      <Field label={t("caseCode")} hint={t("caseCodeHint")} error={errors.code} warning={looksLikeName(draft.code) ? t("looksLikeName") : null}>
        {({ id, describedBy, invalid }) => (
          <input id={id} required maxLength={32} value={draft.code} autocomplete="off" aria-describedby={describedBy} aria-invalid={invalid || undefined} onInput={(e) => set({ code: e.currentTarget.value })} />
        )}
      </Field>
      <Field label={t("district")} error={errors.district}>
        {({ id, describedBy, invalid }) =>
          districts.length > 0 ? (
            <select id={id} value={draft.district} aria-describedby={describedBy} onChange={(e) => set({ district: e.currentTarget.value })}>
              {districts.map((d) => (
                <option key={d}>{d}</option>
              ))}
            </select>
          ) : (
            <input id={id} required maxLength={60} value={draft.district} aria-describedby={describedBy} aria-invalid={invalid || undefined} onInput={(e) => set({ district: e.currentTarget.value })} />
          )
        }
      </Field>
      <Field label={t("unit")} error={errors.unit}>
        {({ id, describedBy, invalid }) => (
          <input id={id} maxLength={80} value={draft.unit} aria-describedby={describedBy} aria-invalid={invalid || undefined} onInput={(e) => set({ unit: e.currentTarget.value })} />
        )}
      </Field>
    </>
  );
}
