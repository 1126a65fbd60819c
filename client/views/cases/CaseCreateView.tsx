// Create a case: pseudonymous code, district, unit — warns against names and blocks national id numbers.
import { useState } from "preact/hooks";
import { Api } from "../../api/endpoints.ts";
import { ErrorMessage } from "../../components/ErrorMessage.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useI18n } from "../../i18n/index.ts";
import { href, navigate } from "../../router.ts";
import { useApp } from "../../state.ts";
import { CaseFields, type CaseDraft } from "./CaseFields.tsx";
import { hasNationalId } from "./privacy.ts";

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
    const { code, district, unit } = draft;
    if (code.trim().length < 2 || !district.trim() || hasNationalId(code + district + unit)) return;
    try {
      const c = await Api.createCase({ code: code.trim(), district: district.trim(), unit: unit.trim() });
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
