// Loads a round's analysis and the case's members for the meeting view; keeps the switches in the URL, starts and ends presentation, prints.
import { useEffect, useState } from "preact/hooks";
import { Api } from "../../api/endpoints.ts";
import { ErrorMessage, Loading } from "../../components/ErrorMessage.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useAsync } from "../../components/useAsync.ts";
import { useI18n } from "../../i18n/index.ts";
import { href } from "../../router.ts";
import { useApp } from "../../state.ts";
import { RoundDownloads } from "../exports/RoundDownloads.tsx";
import { printWith } from "../round/print.ts";
import { MeetingView } from "./MeetingView.tsx";
import { settingsFromQuery, settingsToQuery, type MeetingSettings } from "./settings.ts";
import { useDebounced } from "../../hooks/useDebounced.ts";

export function MeetingPage({ id, query }: { id: string; query: URLSearchParams }) {
  const { t } = useI18n();
  const { instruments } = useApp();
  const presenting = query.get("present") === "1";
  const [settings, setSettings] = useState<MeetingSettings>(() => settingsFromQuery(query));
  const wanted = useDebounced(settings, 200);
  const meta = useAsync(async () => {
    const round = await Api.getRound(id);
    const [kase, members] = await Promise.all([Api.getCase(round.caseId), Api.members(round.caseId).catch(() => [])]);
    return { round, kase, seats: members.map((m) => ({ id: m.id, role: m.role, label: m.label })) };
  }, [id]);
  // Tagged with the round, so that another round's result (kept while the next one loads) is never shown under this one.
  const analysis = useAsync(() => Api.analysis(id, wanted).then((result) => ({ id, result })), [id, wanted.by, wanted.dimension, wanted.threshold]);
  // The family band is extra: a round without it (or an older server) simply shows none.
  const voices = useAsync(() => Api.voices(id).catch(() => null), [id]);

  const url = (extra: Record<string, string> = {}) => `${href("rounds", id, "meeting")}?${settingsToQuery(settings, extra)}`;
  useEffect(() => {
    history.replaceState(null, "", url(presenting ? { present: "1" } : {}));
  }, [settings]);
  const togglePresent = () => {
    location.hash = url(presenting ? {} : { present: "1" });
    if (!presenting) document.documentElement.requestFullscreen?.().catch(() => {});
    else if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  };

  if (meta.error) return <ErrorMessage error={meta.error} onRetry={meta.reload} />;
  if (!meta.data || meta.data.round.id !== id) return <Loading />;
  const { round, kase, seats } = meta.data;
  const instrument = instruments.find((i) => i.id === round.instrumentId);
  return (
    <section class={presenting ? "present-root" : undefined}>
      {!presenting && (
        <p class="crumbs">
          <a href="#/">{t("navCases")}</a> › <a href={href("cases", kase.id)}>{kase.code}</a> › <a href={href("rounds", id)}>{round.name}</a>
        </p>
      )}
      <PageTitle>{`${t("meetingTitle", { code: kase.code })} · ${round.name}`}</PageTitle>
      <ErrorMessage error={analysis.error} onRetry={analysis.reload} />
      {analysis.data?.id !== id && !analysis.error && <Loading />}
      {!presenting && (
        <div class="meeting-links no-print">
          <a class="button" href={`${href("rounds", id, "agenda")}?${settingsToQuery(settings)}`} data-testid="agenda-link">
            {t("agendaLink")}
          </a>
          <RoundDownloads roundId={id} roundName={round.name} options={wanted} />
        </div>
      )}
      {analysis.data?.id === id && (
        <MeetingView
          analysis={analysis.data.result}
          voices={voices.data ?? null}
          settings={settings}
          onSettings={setSettings}
          items={round.source === "import" ? [] : (instrument?.items ?? [])}
          perItem={round.source !== "import"}
          layoutKey={`${id}.${wanted.by}`}
          presenting={presenting}
          onPresent={togglePresent}
          seats={seats}
          handout={{ code: kase.code, round }}
          onPrint={() => printWith("printing-meeting")}
        />
      )}
    </section>
  );
}
