// An action's follow-up: its link's score in the round it was agreed and in the next round, with the change.
import type { ActionView } from "../../api/follow-up.ts";
import { useI18n } from "../../i18n/index.ts";

export function BeforeAfter({ action }: { action: Pick<ActionView, "before" | "after"> }) {
  const { t, num, delta } = useI18n();
  const { before, after } = action;
  if (!after) return <span class="muted">{t("actionAwaitsNext")}</span>;
  const change = before !== null && after.score !== null ? after.score - before : null;
  const trend = change === null ? "" : change > 0.05 ? "up" : change < -0.05 ? "down" : "same";
  return (
    <span class={`before-after ${trend}`} data-testid="before-after" title={t("actionBeforeAfterSr", { before: num(before), after: num(after.score), round: after.name })}>
      {num(before)} → <strong>{num(after.score)}</strong>
      {change !== null && <span class="delta"> ({delta(change)})</span>}
    </span>
  );
}
