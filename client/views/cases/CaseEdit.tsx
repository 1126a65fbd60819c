// Edit a case's code, district and unit (same privacy checks as creating it), and delete the case after a confirm.
import { useState } from "preact/hooks";
import type { Case } from "../../../domain/index.ts";
import { Api } from "../../api/endpoints.ts";
import { RequestError } from "../../api/http.ts";
import { ErrorMessage } from "../../components/ErrorMessage.tsx";
import { useI18n } from "../../i18n/index.ts";
import { navigate } from "../../router.ts";
import { useApp } from "../../state.ts";
import { caseErrors, CaseFields, type CaseDraft } from "./CaseFields.tsx";

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
  const saved = (): CaseDraft => ({ code: kase.code, district: kase.district, unit: kase.unit ?? "" });
  const [draft, setDraft] = useState<CaseDraft>(saved);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);

  const explain = (e: unknown) => {
    if (e instanceof RequestError && e.code === "code_taken") setMessage(t("codeTaken"));
    else if (e instanceof RequestError && e.code === "round_open") setMessage(t("deleteLocked"));
    else setError(e);
  };
  const save = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setMessage(null);
    if (Object.values(caseErrors(t, draft, true)).some(Boolean)) return;
    try {
      await Api.updateCase(kase.id, { code: draft.code.trim(), district: draft.district.trim(), unit: draft.unit.trim() });
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
          <CaseFields draft={draft} onChange={setDraft} districts={districts.length > 0 ? [...new Set([kase.district, ...districts])] : []} showRequired />
          <div class="actions">
            <button type="submit" class="primary">
              {t("save")}
            </button>
            <button
              type="button"
              onClick={() => {
                setEditing(false);
                setDraft(saved());
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
