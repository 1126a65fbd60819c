// Labelled form field with optional hint and error, wired with aria-describedby / aria-invalid.
import type { ComponentChildren } from "preact";
import { useId } from "preact/hooks";

interface Props {
  label: string;
  hint?: string;
  error?: string | null;
  warning?: string | null;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ComponentChildren;
}

export function Field({ label, hint, error, warning, children }: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : "";
  const msgId = error || warning ? `${id}-msg` : "";
  const describedBy = [hintId, msgId].filter(Boolean).join(" ") || undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ id, describedBy, invalid: !!error })}
      {(error || warning) && (
        <p class={error ? "field-error" : "field-warning"} id={msgId} role={error ? "alert" : "status"}>
          {error ?? warning}
        </p>
      )}
    </div>
  );
}
