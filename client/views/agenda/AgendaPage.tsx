// The meeting's agenda and minutes: the agenda drafted from the round's results, the actions agreed (recorded during
// the meeting), the follow-up of the previous round's actions (before → after), and an A4 print of it all.
import { useState } from "preact/hooks";
import { Api } from "../../api/endpoints.ts";
import { FollowUpApi, type ActionBody, type ActionView } from "../../api/follow-up.ts";
import { ErrorMessage, Loading } from "../../components/ErrorMessage.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useAsync } from "../../components/useAsync.ts";
import { useI18n } from "../../i18n/index.ts";
import { href } from "../../router.ts";
import { useApp } from "../../state.ts";
import { HandoutHeader, dimensionLabel } from "../meeting/HandoutHeader.tsx";
import { nodeNames } from "../meeting/model.ts";
import { settingsFromQuery, settingsToQuery } from "../meeting/settings.ts";
import type { PairView } from "../meeting/steps.ts";
import { printWith } from "../round/print.ts";
import { ActionForm, type ActionDraft } from "./ActionForm.tsx";
import { ActionTable } from "./ActionTable.tsx";
import { draftAgenda, weakerDirection } from "./agenda.ts";
import { AgendaList } from "./AgendaList.tsx";
import { teamRoles } from "./names.ts";

export function AgendaPage({ id, query }: { id: string; query: URLSearchParams }) {
  const { t, lang, num } = useI18n();
  const { roles, instruments, user } = useApp();
  const settings = settingsFromQuery(query);
  const [form, setForm] = useState<{ draft: ActionDraft; editing: ActionView | null } | null>(null);
  const [said, setSaid] = useState("");
  const meta = useAsync(async () => {
    const round = await Api.getRound(id);
    const [kase, members] = await Promise.all([Api.getCase(round.caseId), Api.members(round.caseId)]);
    return { round, kase, members };
  }, [id]);
  const analysis = useAsync(() => Api.analysis(id, settings), [id, settings.by, settings.threshold, settings.dimension]);
  const voices = useAsync(() => Api.voices(id).catch(() => null), [id]);
  const actions = useAsync(() => FollowUpApi.roundActions(id), [id]);

  if (meta.error) return <ErrorMessage error={meta.error} onRetry={meta.reload} />;
  if (!meta.data || meta.data.round.id !== id) return <Loading />;
  const { round, kase, members } = meta.data;
  const canEdit = user?.role !== "evaluator";
  const items = round.source === "import" ? [] : (instruments.find((i) => i.id === round.instrumentId)?.items ?? []);
  const meetingUrl = `${href("rounds", id, "meeting")}?${settingsToQuery(settings)}`;
  const nodesAt = (level: "role" | "member") => (level === "member" ? members.map((m) => m.id) : teamRoles(members));
  const base = { level: settings.by, dimension: settings.dimension };
  const startPair = (p: PairView) => setForm({ draft: { about: { kind: "pair", ...base, ...weakerDirection(p) }, what: "", who: "", due: "" }, editing: null });
  const startTeam = () => setForm({ draft: { about: { kind: "team", ...base }, what: "", who: "", due: "" }, editing: null });
  const startEdit = (a: ActionView) => setForm({ draft: { about: a.about, what: a.what, who: a.who, due: a.due ?? "" }, editing: a });
  const save = async (body: ActionBody) => {
    const editing = form?.editing;
    if (editing) await FollowUpApi.updateAction(editing.roundId, editing.id, { ...body, expectedUpdatedAt: editing.updatedAt });
    else await FollowUpApi.createAction(id, body);
    setSaid(t(editing ? "actionSaved" : "actionAdded", { what: body.what }));
    setForm(null);
    actions.reload();
  };
  const setStatus = async (a: ActionView, status: "open" | "done" | "dropped") => {
    try {
      await FollowUpApi.updateAction(a.roundId, a.id, { status, expectedUpdatedAt: a.updatedAt });
      setSaid(t("actionStatusSaved", { what: a.what, status: t(`actionStatus_${status}`) }));
    } finally {
      actions.reload();
    }
  };
  const agreed = actions.data?.agreed ?? [];
  const followUp = actions.data?.followUp ?? [];
  const previous = [...new Set(followUp.map((a) => a.round.name))].join(", ");

  return (
    <section class="agenda-page">
      <p class="crumbs">
        <a href="#/">{t("navCases")}</a> › <a href={href("cases", kase.id)}>{kase.code}</a> › <a href={href("rounds", id)}>{round.name}</a> ›{" "}
        <a href={meetingUrl}>{t("meetingView")}</a>
      </p>
      <PageTitle>{t("agendaTitle", { code: kase.code, round: round.name })}</PageTitle>
      <p class="print-only minutes-note">{t("minutesNote")}</p>
      {analysis.data && <HandoutHeader code={kase.code} round={round} analysis={analysis.data} items={items} />}
      <p class="muted no-print" data-testid="agenda-settings">
        {t("agendaSettings", {
          level: settings.by === "member" ? t("levelMember") : t("levelRole"),
          threshold: num(settings.threshold),
          dimension: dimensionLabel(settings.dimension, items, t, lang),
        })}{" "}
        <a href={meetingUrl}>{t("agendaChangeSettings")}</a>
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => printWith("printing-minutes")}>
          {t("minutesPrint")}
        </button>
        <a class="button" href={meetingUrl}>
          {t("meetingView")}
        </a>
      </div>
      <p class="sr-only" aria-live="polite" data-testid="agenda-said">
        {said}
      </p>
      <ErrorMessage error={actions.error} onRetry={actions.reload} />
      {followUp.length > 0 && (
        <section class="panel follow-up" aria-labelledby="follow-up-h" data-testid="follow-up">
          <h2 id="follow-up-h">{t("followUpTitle", { round: previous })}</h2>
          <p class="muted">{t("followUpIntro")}</p>
          <ActionTable actions={followUp} members={members} caption={t("followUpTitle", { round: previous })} showRound showFollowUp onStatus={canEdit ? setStatus : undefined} testId="follow-up-table" />
        </section>
      )}
      <ErrorMessage error={analysis.error} onRetry={analysis.reload} />
      {!analysis.data && !analysis.error && <Loading />}
      {analysis.data && (
        <section class="panel" aria-labelledby="agenda-h">
          <h2 id="agenda-h">{t("agendaHeading")}</h2>
          <AgendaList
            agenda={draftAgenda(analysis.data, !!voices.data && (voices.data.family.include || voices.data.child.include))}
            names={nodeNames(analysis.data, roles, lang)}
            voices={voices.data ?? null}
            onAgree={startPair}
            threshold={analysis.data.threshold}
            actions={
              <>
                {agreed.length === 0 ? (
                  <p data-testid="no-actions">{t("actionsNone")}</p>
                ) : (
                  <ActionTable actions={agreed} members={members} caption={t("agendaActions")} onStatus={canEdit ? setStatus : undefined} onEdit={canEdit ? startEdit : undefined} testId="actions-table" />
                )}
                {canEdit && !form && (
                  <div class="actions no-print">
                    <button type="button" onClick={startTeam} data-testid="new-action">
                      {t("actionNew")}
                    </button>
                  </div>
                )}
                {form && (
                  <ActionForm
                    key={form.editing?.id ?? JSON.stringify(form.draft.about)}
                    draft={form.draft}
                    nodes={nodesAt(form.draft.about.level)}
                    members={members}
                    editing={!!form.editing}
                    onSave={save}
                    onCancel={() => setForm(null)}
                  />
                )}
              </>
            }
          />
        </section>
      )}
    </section>
  );
}
