// Shows an API or network error in the user's language, announced to screen readers.
import { RequestError } from "../api/http.ts";
import { useI18n } from "../i18n/index.ts";

export function errorText(t: ReturnType<typeof useI18n>["t"], error: unknown): string {
  if (error instanceof RequestError) {
    if (error.status === 0) return t("errorNetwork");
    if (error.status === 403) return t("forbidden");
    if (error.status === 404) return t("notFound");
    return t("errorGeneric", { message: error.message });
  }
  return t("errorGeneric", { message: error instanceof Error ? error.message : String(error) });
}

export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <div class="error" role="alert">
      <p>{errorText(t, error)}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t("retry")}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p class="loading" role="status">
      {t("loading")}
    </p>
  );
}
