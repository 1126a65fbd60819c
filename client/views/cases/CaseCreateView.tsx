// Create a case: pseudonymous code, district, unit — warns against names and blocks national id numbers.
import { useState } from "preact/hooks";
import { Api } from "../../api/endpoints.ts";
import { ErrorMessage } from "../../components/ErrorMessage.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useI18n } from "../../i18n/index.ts";
import { href, navigate } from "../../router.ts";
import { useApp } from "../../state.ts";
import { caseErrors, CaseFields, type CaseDraft } from "./CaseFields.tsx";

export function CaseCreateView() {
  const { t } = useI18n();
  const { user } = useApp();
  const districts = user?.role === "admin" ? [] : (user?.districts ?? []);
  const [draft, setDraft] = useState<CaseDraft>({ code: "", district: districts[0] ?? "", unit: "" });
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    setTried(true);
    if (Object.values(caseErrors(t, draft, true)).some(Boolean)) return;
    try {
      const c = await Api.createCase({ code: draft.code.trim(), district: draft.district.trim(), unit: draft.unit.trim() });
      navigate(href("cases", c.id));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section class="narrow">
      <PageTitle>{t("newCase")}</PageTitle>
      <p class="notice warning" id="privacy-warning">
        <strong aria-hidden="true">⚠ </strong>
        {t("privacyWarning")}
      </p>
      <form onSubmit={submit} noValidate aria-describedby="privacy-warning">
        <CaseFields draft={draft} onChange={setDraft} districts={districts} showRequired={tried} />
        <ErrorMessage error={error} />
        <div class="actions">
          <button type="submit" class="primary">
            {t("createCase")}
          </button>
          <a class="button" href="#/">
            {t("cancel")}
          </a>
        </div>
      </form>
    </section>
  );
}
