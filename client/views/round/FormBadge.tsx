// Marks a link or status row that answers the family's or the child's form (nothing for the team form).
import type { FormKind } from "../../../domain/index.ts";
import { useI18n } from "../../i18n/index.ts";

export function FormBadge({ form }: { form: FormKind }) {
  const { t } = useI18n();
  if (form === "team") return null;
  return <span class={`badge form-${form}`}>{t(form === "family" ? "familyForm" : "childForm")}</span>;
}
