// One round: family/child options (draft), open it (links once, or by e-mail), follow responses, re-issue a link, close/reopen, meeting view.
import { useState } from "preact/hooks";
import { Api, type OpenBody, type OpenReport, type ReminderReport } from "../../api/endpoints.ts";
import type { IssuedLink } from "../../../domain/index.ts";
import { CHILD_SEAT_ID } from "../../../domain/seats.ts";
import { ErrorMessage, Loading } from "../../components/ErrorMessage.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useAsync } from "../../components/useAsync.ts";
import { useI18n } from "../../i18n/index.ts";
import { href } from "../../router.ts";
import { useApp } from "../../state.ts";
import { LinksPanel } from "./LinksPanel.tsx";
import { OpenControls } from "./OpenControls.tsx";
import { StatusPanel } from "./StatusPanel.tsx";
import { pendingSeats } from "./status-model.ts";
import { VoicesCard } from "../voices/VoicesCard.tsx";

export function RoundView({ id }: { id: string }) {
  const { t, date } = useI18n();
  const { user } = useApp();
  const [links, setLinks] = useState<IssuedLink[]>([]);
  const [deliveries, setDeliveries] = useState<OpenReport["deliveries"]>([]);
  const [keepAddresses, setKeepAddresses] = useState(false);
  const [erased, setErased] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const data = useAsync(async () => {
    const round = await Api.getRound(id);
    const [kase, members] = await Promise.all([Api.getCase(round.caseId), Api.members(round.caseId)]);
    return { round, kase, members };
  }, [id]);
  // Who has not submitted: the cards that can be printed again once the links are gone.
  const pending = useAsync(async () => {
    const round = await Api.getRound(id);
    return round.status === "open" && round.source !== "import" ? pendingSeats(round, await Api.status(id)) : [];
  }, [id, data.data?.round.status]);
  if (data.error) return <ErrorMessage error={data.error} onRetry={data.reload} />;
  if (!data.data) return <Loading />;
  const { round, kase, members } = data.data;
  const canEdit = user?.role !== "evaluator";

  const act = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      data.reload();
    } catch (e) {
      setError(e);
    }
  };
  const open = (body: OpenBody) =>
    act(async () => {
      const res = await Api.openRound(id, body);
      setLinks(res.links);
      setDeliveries(res.deliveries);
    });
  const close = () =>
    act(async () => {
      const res = await Api.closeRound(id, { keepAddresses });
      setErased(res.erasedAddresses);
    });
  const hasAddresses = members.some((m) => m.email);
  // A reminder that was sent (or failed) replaces what the links panel says about that member's mail.
  const reminded = (sent: ReminderReport) => {
    const tried = sent.results.filter((r) => r.status !== "skipped");
    setDeliveries((list) => [...list.filter((d) => !tried.some((r) => r.memberId === d.memberId)), ...tried]);
  };
  const reissue = (memberId: string) =>
    act(async () => {
      const link = memberId === CHILD_SEAT_ID ? await Api.reissueChild(id) : await Api.reissue(id, memberId);
      setLinks((ls) => [...ls.filter((l) => l.memberId !== memberId), link]);
    });
  // New links for every seat that has not submitted, fetched fresh (one may have submitted since the page loaded);
  // each link shows as soon as it is made, so a failure half-way loses none of the new ones.
  const reprint = async () => {
    const seats = pendingSeats(round, await Api.status(id));
    const issued: IssuedLink[] = [];
    try {
      for (const seat of seats) {
        issued.push(seat === CHILD_SEAT_ID ? await Api.reissueChild(id) : await Api.reissue(id, seat));
        setLinks([...issued]);
      }
    } finally {
      pending.reload();
    }
  };

  return (
    <section>
      <p class="crumbs">
        <a href="#/">{t("navCases")}</a> › <a href={href("cases", kase.id)}>{kase.code}</a>
      </p>
      <div class="title-row">
        <PageTitle>{t("roundTitle", { name: round.name })}</PageTitle>
        <span class={`badge ${round.status}`}>{t(`status_${round.status}`)}</span>
      </div>
      <p class="muted round-dates" data-testid="round-dates">
        {round.status === "closed" && round.closedAt
          ? t("closedOn", { date: date(round.closedAt) })
          : round.closesAt
            ? t("closesOn", { date: date(round.closesAt) })
            : t("noClosingDate")}
      </p>
      {round.status === "open" && round.closesAt && new Date(round.closesAt).getTime() < Date.now() && (
        <p class="notice warning">{t("closingPassed")}</p>
      )}
      <div class="actions">
        {canEdit && round.status === "draft" && <OpenControls round={round} members={members} onOpen={open} />}
        {canEdit && round.status === "open" && (
          <button type="button" onClick={() => confirm(t("confirmClose")) && close()}>
            {t("closeRound")}
          </button>
        )}
        {canEdit && round.status === "closed" && round.source !== "import" && (
          <button type="button" onClick={() => act(() => Api.reopenRound(id))}>
            {t("reopenRound")}
          </button>
        )}
        {round.status !== "draft" && (
          <a class="button" href={href("rounds", id, "meeting")}>
            {t("meetingView")}
          </a>
        )}
        {canEdit && round.status === "open" && hasAddresses && (
          <div class="keep-addresses">
            <label class="check">
              <input type="checkbox" checked={keepAddresses} onChange={(e) => setKeepAddresses(e.currentTarget.checked)} />
              {t("keepAddresses")}
            </label>
            <p class="hint">{t("keepAddressesNote")}</p>
          </div>
        )}
      </div>
      <ErrorMessage error={error} />
      {erased !== null && erased > 0 && (
        <p class="notice" role="status">
          {t("addressesErased", { n: erased })}
        </p>
      )}
      {round.source !== "import" && (
        <VoicesCard key={round.id} round={round} members={members} editable={canEdit && round.status === "draft"} onSaved={data.reload} />
      )}
      {round.status !== "draft" && (
        <LinksPanel
          caseCode={kase.code}
          round={round}
          links={links}
          deliveries={deliveries}
          members={members}
          canReissue={canEdit && round.status === "open"}
          onReissue={reissue}
          reprint={pending.data ? { pending: pending.data.length, run: reprint } : undefined}
        />
      )}
      {round.status !== "draft" && round.source !== "import" && <StatusPanel round={round} live={round.status === "open"} onReminders={reminded} />}
    </section>
  );
}
