// Edit a case's code, district and unit (same privacy checks as creating it), and delete the case after a confirm.
import { useState } from "preact/hooks";
import { Api } from "../../api/endpoints.ts";
import { ApiError } from "../../api/http.ts";
import type { Case } from "../../api/types.ts";
import { ErrorMessage } from "../../components/ErrorMessage.tsx";
import { Field } from "../../components/Field.tsx";
import { useI18n } from "../../i18n/index.ts";
import { navigate } from "../../router.ts";
import { useApp } from "../../state.ts";
import { hasNationalId, looksLikeName } from "../cases/privacy.ts";

interface Props {
  kase: Case;
  /** A round is open: the server refuses deletion, so the button explains instead. */
  locked: boolean;
  onSaved: () => void;
}

export function CaseEdit({ kase, locked, onSaved }: Props) {
  const { t } = useI18n();
  const { user } = useApp();
  const districts = user?.role === "admin" ? [] : (user?.districts ?? []);
  const [editing, setEditing] = useState(false);
  const [code, setCode] = useState(kase.code);
  const [district, setDistrict] = useState(kase.district);
  const [unit, setUnit] = useState(kase.unit ?? "");
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);

  const idError = (s: string) => (hasNationalId(s) ? t("looksLikeId") : null);
  const codeError = idError(code) ?? (code.trim().length < 2 ? t("required") : null);
  const districtError = idError(district) ?? (!district.trim() ? t("required") : null);

  const explain = (e: unknown) => {
    if (e instanceof ApiError && e.code === "code_taken") setMessage(t("codeTaken"));
    else if (e instanceof ApiError && e.code === "round_open") setMessage(t("deleteLocked"));
    else setError(e);
  };
  const save = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setMessage(null);
    if (codeError || districtError || hasNationalId(unit)) return;
    try {
      await Api.updateCase(kase.id, { code: code.trim(), district: district.trim(), unit: unit.trim() });
      setEditing(false);
      onSaved();
    } catch (err) {
      explain(err);
    }
  };
  const remove = async () => {
    setError(null);
    setMessage(null);
    if (!confirm(t("confirmDeleteCase", { code: kase.code }))) return;
    try {
      await Api.deleteCase(kase.id);
      navigate("#/");
    } catch (err) {
      explain(err);
    }
  };

  return (
    <div class="case-edit">
      {!editing && (
        <div class="actions">
          <button type="button" class="small" onClick={() => setEditing(true)}>
            {t("editCase")}
          </button>
          <button type="button" class="small danger" onClick={remove} aria-describedby={locked ? "delete-locked" : undefined}>
            {t("deleteCase")}
          </button>
          {locked && (
            <span class="muted small-note" id="delete-locked">
              {t("deleteLocked")}
            </span>
          )}
        </div>
      )}
      {editing && (
        <form class="card narrow" onSubmit={save} noValidate aria-labelledby="case-edit-h">
          <h2 id="case-edit-h">{t("editCase")}</h2>
          <Field label={t("caseCode")} hint={t("caseCodeHint")} error={codeError} warning={looksLikeName(code) ? t("looksLikeName") : null}>
            {({ id, describedBy, invalid }) => (
              <input id={id} required maxLength={32} value={code} autocomplete="off" aria-describedby={describedBy} aria-invalid={invalid || undefined} onInput={(e) => setCode(e.currentTarget.value)} />
            )}
          </Field>
          <Field label={t("district")} error={districtError}>
            {({ id, describedBy, invalid }) =>
              districts.length > 0 ? (
                <select id={id} value={district} aria-describedby={describedBy} onChange={(e) => setDistrict(e.currentTarget.value)}>
                  {[...new Set([kase.district, ...districts])].map((d) => (
                    <option key={d}>{d}</option>
                  ))}
                </select>
              ) : (
                <input id={id} required maxLength={60} value={district} aria-describedby={describedBy} aria-invalid={invalid || undefined} onInput={(e) => setDistrict(e.currentTarget.value)} />
              )
            }
          </Field>
          <Field label={t("unit")} error={idError(unit)}>
            {({ id, describedBy, invalid }) => (
              <input id={id} maxLength={80} value={unit} aria-describedby={describedBy} aria-invalid={invalid || undefined} onInput={(e) => setUnit(e.currentTarget.value)} />
            )}
          </Field>
          <div class="actions">
            <button type="submit" class="primary">
              {t("save")}
            </button>
            <button
              type="button"
              onClick={() => {
                setEditing(false);
                setCode(kase.code);
                setDistrict(kase.district);
                setUnit(kase.unit ?? "");
              }}
            >
              {t("cancel")}
            </button>
          </div>
        </form>
      )}
      {message && (
        <p class="error" role="alert">
          {message}
        </p>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
