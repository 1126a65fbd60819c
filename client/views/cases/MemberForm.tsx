// Role + optional label (+ optional work e-mail when mail is on) form used to add or edit a member; `emailOnly` while a round is open.
import { useState } from "preact/hooks";
import { Field } from "../../components/Field.tsx";
import { useMailInfo } from "../../hooks/useMailInfo.ts";
import { useI18n } from "../../i18n/index.ts";
import { useApp } from "../../state.ts";
import { hasNationalId, looksLikeName } from "./privacy.ts";

/** What the form hands back: `email` is null to erase an address, absent when the field was not shown or left empty on add. */
export interface MemberFormInput {
  role: string;
  label: string;
  email?: string | null;
}

interface Props {
  initial?: { role: string; label: string; email?: string };
  submitLabel: string;
  onSubmit: (input: MemberFormInput) => void;
  onCancel?: () => void;
  /** Only the address (role and label are locked while a round is open). */
  emailOnly?: boolean;
}

/** A rough shape check for quick feedback; the server validates the address. */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function MemberForm({ initial, submitLabel, onSubmit, onCancel, emailOnly = false }: Props) {
  const { t, lang } = useI18n();
  const { roles } = useApp();
  const mail = useMailInfo();
  // The address field shows when the server sends mail, or when the member has one (so it can be removed).
  const showEmail = emailOnly || mail?.enabled === true || Boolean(initial?.email);
  const [role, setRole] = useState(initial?.role ?? roles[0]?.id ?? "");
  const [label, setLabel] = useState(initial?.label ?? "");
  const [email, setEmail] = useState(initial?.email ?? "");
  const typed = email.trim();
  const badEmail = typed !== "" && !EMAIL_SHAPE.test(typed);
  const family = roles.find((r) => r.id === role)?.family === true;
  const submit = (e: Event) => {
    e.preventDefault();
    if (!role || hasNationalId(label) || badEmail) return;
    const input: MemberFormInput = { role, label: label.trim() };
    if (showEmail) {
      if (typed) input.email = typed;
      else if (initial?.email) input.email = null;
    }
    onSubmit(input);
    if (!initial) {
      setLabel("");
      setEmail("");
    }
  };
  return (
    <form class="member-form" onSubmit={submit}>
      {!emailOnly && (
        <>
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
        </>
      )}
      {showEmail && (
        <Field label={t("emailLabel")} hint={family ? t("emailHintFamily", { max: mail?.reminders.max ?? "" }) : t("emailHint")} error={badEmail ? t("emailInvalid") : null}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="email"
              autoComplete="off"
              maxLength={200}
              value={email}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onInput={(e) => setEmail(e.currentTarget.value)}
            />
          )}
        </Field>
      )}
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
