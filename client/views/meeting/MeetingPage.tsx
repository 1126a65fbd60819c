// Loads a round's analysis for the meeting view; keeps the switches in the URL and handles presentation and print.
import { useEffect, useState } from "preact/hooks";
import { Api } from "../../api/endpoints.ts";
import { ErrorMessage, Loading } from "../../components/ErrorMessage.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useAsync } from "../../components/useAsync.ts";
import { useI18n } from "../../i18n/index.ts";
import { href } from "../../router.ts";
import { useApp } from "../../state.ts";
import { printWith } from "../round/print.ts";
import { MeetingView } from "./MeetingView.tsx";
import { settingsFromQuery, settingsToQuery, type MeetingSettings } from "./settings.ts";
import { useDebounced } from "./useDebounced.ts";

export function MeetingPage({ id, query }: { id: string; query: URLSearchParams }) {
  const { t } = useI18n();
  const { instruments } = useApp();
  const presenting = query.get("present") === "1";
  const [settings, setSettings] = useState<MeetingSettings>(() => settingsFromQuery(query));
  const wanted = useDebounced(settings, 200);
  const meta = useAsync(async () => {
    const round = await Api.getRound(id);
    return { round, kase: await Api.getCase(round.caseId) };
  }, [id]);
  const analysis = useAsync(() => Api.analysis(id, wanted), [id, wanted.by, wanted.dimension, wanted.threshold]);
  // The family band is extra: a round without it (or an older server) simply shows none.
  const voices = useAsync(() => Api.family(id).catch(() => null), [id]);

  const url = (extra: Record<string, string> = {}) => `${href("rounds", id, "meeting")}?${settingsToQuery(settings, extra)}`;
  useEffect(() => {
    history.replaceState(null, "", url(presenting ? { present: "1" } : {}));
  }, [settings]);
  const togglePresent = () => {
    location.hash = url(presenting ? {} : { present: "1" });
    if (!presenting) document.documentElement.requestFullscreen?.().catch(() => {});
    else if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  };
  useEffect(() => {
    if (!presenting) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && togglePresent();
    addEventListener("keydown", onKey);
    return () => removeEventListener("keydown", onKey);
    // `settings` too: togglePresent writes them into the URL, so a stale copy would undo changes made while presenting.
  }, [presenting, settings]);

  if (meta.error) return <ErrorMessage error={meta.error} onRetry={meta.reload} />;
  if (!meta.data) return <Loading />;
  const { round, kase } = meta.data;
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
      {!analysis.data && !analysis.error && <Loading />}
      {analysis.data && (
        <MeetingView
          analysis={analysis.data}
          voices={voices.data ?? null}
          settings={settings}
          onSettings={setSettings}
          items={round.source === "import" ? [] : (instrument?.items ?? [])}
          perItem={round.source !== "import"}
          layoutKey={`${id}.${wanted.by}`}
          presenting={presenting}
          onPresent={togglePresent}
          onPrint={() => printWith("printing-meeting")}
        />
      )}
    </section>
  );
}
