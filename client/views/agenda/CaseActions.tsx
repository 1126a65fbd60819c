// The case page's list of every agreed action, oldest round first, with its status and before → after in the next round.
import type { Member } from "../../../domain/index.ts";
import { FollowUpApi } from "../../api/follow-up.ts";
import { ErrorMessage } from "../../components/ErrorMessage.tsx";
import { useAsync } from "../../components/useAsync.ts";
import { useI18n } from "../../i18n/index.ts";
import { ActionTable } from "./ActionTable.tsx";

export function CaseActions({ caseId, members }: { caseId: string; members: Member[] }) {
  const { t } = useI18n();
  const actions = useAsync(() => FollowUpApi.caseActions(caseId), [caseId]);
  const list = actions.data ?? [];
  const open = list.filter((a) => a.status === "open").length;
  return (
    <section class="card" aria-labelledby="case-actions-h" data-testid="case-actions">
      <h2 id="case-actions-h">{t("caseActionsTitle")}</h2>
      <ErrorMessage error={actions.error} onRetry={actions.reload} />
      {actions.data && list.length === 0 && <p class="muted">{t("caseActionsNone")}</p>}
      {list.length > 0 && (
        <>
          <p class="muted">{t("caseActionsCount", { n: list.length, open })}</p>
          <ActionTable actions={list} members={members} caption={t("caseActionsTitle")} showRound showFollowUp testId="case-actions-table" />
        </>
      )}
    </section>
  );
}
