// Create a case: pseudonymous code, district, unit — warns against names and blocks national id numbers.
import { useState } from "preact/hooks";
import { Api } from "../../api/endpoints.ts";
import { ErrorMessage } from "../../components/ErrorMessage.tsx";
import { Field } from "../../components/Field.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useI18n } from "../../i18n/index.ts";
import { href, navigate } from "../../router.ts";
import { useApp } from "../../state.ts";
import { hasNationalId, looksLikeName } from "./privacy.ts";

export function CaseCreateView() {
  const { t } = useI18n();
  const { user } = useApp();
  const districts = user?.role === "admin" ? [] : (user?.districts ?? []);
  const [code, setCode] = useState("");
  const [district, setDistrict] = useState(districts[0] ?? "");
  const [unit, setUnit] = useState("");
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const idError = (s: string) => (hasNationalId(s) ? t("looksLikeId") : null);
  const codeError = idError(code) ?? (tried && code.trim().length < 2 ? t("required") : null);
  const districtError = idError(district) ?? (tried && !district.trim() ? t("required") : null);
  const unitError = idError(unit);

  const submit = async (e: Event) => {
    e.preventDefault();
    setTried(true);
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
        <Field label={t("caseCode")} hint={t("caseCodeHint")} error={codeError} warning={looksLikeName(code) ? t("looksLikeName") : null}>
          {({ id, describedBy, invalid }) => (
            <input id={id} required maxLength={32} value={code} autocomplete="off" aria-describedby={describedBy} aria-invalid={invalid || undefined} onInput={(e) => setCode(e.currentTarget.value)} />
          )}
        </Field>
        <Field label={t("district")} error={districtError}>
          {({ id, describedBy, invalid }) =>
            districts.length > 0 ? (
              <select id={id} value={district} aria-describedby={describedBy} onChange={(e) => setDistrict(e.currentTarget.value)}>
                {districts.map((d) => (
                  <option key={d}>{d}</option>
                ))}
              </select>
            ) : (
              <input id={id} required maxLength={60} value={district} aria-describedby={describedBy} aria-invalid={invalid || undefined} onInput={(e) => setDistrict(e.currentTarget.value)} />
            )
          }
        </Field>
        <Field label={t("unit")} error={unitError}>
          {({ id, describedBy, invalid }) => (
            <input id={id} maxLength={80} value={unit} aria-describedby={describedBy} aria-invalid={invalid || undefined} onInput={(e) => setUnit(e.currentTarget.value)} />
          )}
        </Field>
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
