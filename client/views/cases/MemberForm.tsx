// Role + optional label form used to add or edit a member.
import { useState } from "preact/hooks";
import { Field } from "../../components/Field.tsx";
import { useI18n } from "../../i18n/index.ts";
import { useApp } from "../../state.ts";
import { hasNationalId, looksLikeName } from "./privacy.ts";

interface Props {
  initial?: { role: string; label: string };
  submitLabel: string;
  onSubmit: (input: { role: string; label: string }) => void;
  onCancel?: () => void;
}

export function MemberForm({ initial, submitLabel, onSubmit, onCancel }: Props) {
  const { t, lang } = useI18n();
  const { roles } = useApp();
  const [role, setRole] = useState(initial?.role ?? roles[0]?.id ?? "");
  const [label, setLabel] = useState(initial?.label ?? "");
  const submit = (e: Event) => {
    e.preventDefault();
    if (!role || hasNationalId(label)) return;
    onSubmit({ role, label: label.trim() });
    if (!initial) setLabel("");
  };
  return (
    <form class="member-form" onSubmit={submit}>
      <Field label={t("role")}>
        {({ id }) => (
          <select id={id} value={role} onChange={(e) => setRole(e.currentTarget.value)}>
            {roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name[lang]} ({r.id})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t("label")}
        hint={t("labelHint")}
        error={hasNationalId(label) ? t("looksLikeId") : null}
        warning={looksLikeName(label) ? t("looksLikeName") : null}
      >
        {({ id, describedBy, invalid }) => (
          <input id={id} maxLength={40} value={label} aria-describedby={describedBy} aria-invalid={invalid || undefined} onInput={(e) => setLabel(e.currentTarget.value)} />
        )}
      </Field>
      <div class="actions">
        <button type="submit" class="primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t("cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
