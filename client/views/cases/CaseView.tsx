// One case: its code, district and unit (edit, delete), the team members and the rounds.
import { Api } from "../../api/endpoints.ts";
import { ErrorMessage, Loading } from "../../components/ErrorMessage.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useAsync } from "../../components/useAsync.ts";
import { useI18n } from "../../i18n/index.ts";
import { useApp } from "../../state.ts";
import { href } from "../../router.ts";
import { CaseActions } from "../agenda/CaseActions.tsx";
import { CaseDownloads } from "../exports/CaseDownloads.tsx";
import { hasFamilySeat } from "../round/seats.ts";
import { CaseEdit } from "./CaseEdit.tsx";
import { MembersPanel } from "./MembersPanel.tsx";
import { RoundsPanel } from "./RoundsPanel.tsx";

export function CaseView({ id }: { id: string }) {
  const { t } = useI18n();
  const { user, roles } = useApp();
  const data = useAsync(async () => {
    const [kase, members, rounds] = await Promise.all([Api.getCase(id), Api.members(id), Api.rounds(id)]);
    return { kase, members, rounds };
  }, [id]);
  if (data.error) return <ErrorMessage error={data.error} onRetry={data.reload} />;
  if (!data.data) return <Loading />;
  const { kase, members, rounds } = data.data;
  const locked = rounds.some((r) => r.status === "open");
  return (
    <section>
      <p class="crumbs">
        <a href="#/">{t("navCases")}</a>
      </p>
      <PageTitle>{kase.code}</PageTitle>
      <p class="muted">
        {t("district")}: {kase.district}
        {kase.unit && ` · ${t("unit")}: ${kase.unit}`}
      </p>
      {user?.role !== "evaluator" && <CaseEdit key={`${kase.code}|${kase.district}|${kase.unit}`} kase={kase} locked={locked} onSaved={data.reload} />}
      <div class="actions case-links">
        <a class="button" href={href("cases", id, "timeline")}>
          {t("timelineLink")}
        </a>
        {user?.role !== "evaluator" && (
          <a class="button" href={href("cases", id, "import")}>
            {t("importLink")}
          </a>
        )}
      </div>
      <div class="columns">
        <MembersPanel caseId={id} members={members} locked={locked} onChange={data.reload} />
        <RoundsPanel
          caseId={id}
          rounds={rounds}
          hasMembers={members.length > 1}
          hasFamilySeat={hasFamilySeat(members, roles)}
          onChange={data.reload}
        />
      </div>
      <CaseActions caseId={id} members={members} />
      <CaseDownloads caseId={id} rounds={rounds} />
    </section>
  );
}
