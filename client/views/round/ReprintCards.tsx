// Printing the cards again after the links were shown: links are stored hashed, so it means new links for those
// who have not submitted (their drafts stay, the old cards stop working); the page says so and asks first.
import { useState } from "preact/hooks";
import { ErrorMessage } from "../../components/ErrorMessage.tsx";
import { useI18n } from "../../i18n/index.ts";

interface Props {
  /** Seats that have not submitted yet (their cards can be made again). */
  pending: number;
  /** Re-issues the pending seats' links and shows them (with the card sheet). */
  onReprint: () => Promise<void>;
}

export function ReprintCards({ pending, onReprint }: Props) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    if (!confirm(t("reprintConfirm", { n: pending }))) return;
    setError(null);
    setBusy(true);
    try {
      await onReprint();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="reprint" data-testid="reprint">
      <h3>{t("reprintTitle")}</h3>
      {pending === 0 ? (
        <p class="muted">{t("reprintNone")}</p>
      ) : (
        <>
          <p>{t("reprintWhy", { n: pending })}</p>
          <button type="button" onClick={run} disabled={busy} data-testid="reprint-cards">
            {t("reprintButton", { n: pending })}
          </button>
        </>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
