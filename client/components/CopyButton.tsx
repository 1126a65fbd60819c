// Copies a text to the clipboard and says so in a live region.
import { useState } from "preact/hooks";
import { useI18n } from "../i18n/index.ts";

export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useI18n();
  const [done, setDone] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const ta = document.createElement("textarea");
      ta.value = text;
      document.body.append(ta);
      ta.select();
      document.execCommand("copy");
      ta.remove();
    }
    setDone(true);
    setTimeout(() => setDone(false), 2000);
  };
  return (
    <button type="button" class="small" onClick={copy} aria-label={`${t("copy")}: ${label}`}>
      {t("copy")}
      <span class="live" aria-live="polite">
        {done ? ` ✓ ${t("copied")}` : ""}
      </span>
    </button>
  );
}
