// The case page's downloads: one round in any format, or all rounds in one workbook or JSON document, with level, threshold, dimension.
import { useState } from "preact/hooks";
import type { Round } from "../../../domain/index.ts";
import { CASE_FORMATS, FollowUpApi, ROUND_FORMATS } from "../../api/follow-up.ts";
import { ViewSwitches, type SwitchValues } from "../../components/ViewSwitches.tsx";
import { useI18n } from "../../i18n/index.ts";
import { useApp } from "../../state.ts";
import { ExportLinks } from "./ExportLinks.tsx";

const ALL = "_all";

export function CaseDownloads({ caseId, rounds }: { caseId: string; rounds: Round[] }) {
  const { t, date } = useI18n();
  const { instruments } = useApp();
  const measured = rounds.filter((r) => r.status !== "draft").sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const [pick, setPick] = useState(ALL);
  const [view, setView] = useState<SwitchValues>({ by: "role", threshold: 3.5, dimension: "all" });
  const round = measured.find((r) => r.id === pick);
  const survey = round ?? measured.filter((r) => r.source === "survey").at(-1);
  const items = instruments.find((i) => i.id === survey?.instrumentId)?.items ?? [];
  // Imported pair scores have no items: with such a round in the download, only all seven items can be asked for.
  const allOnly = round ? round.source === "import" : measured.some((r) => r.source === "import");
  const options = allOnly ? { ...view, dimension: "all" } : view;
  if (measured.length === 0) return null;
  return (
    <section class="card" aria-labelledby="downloads-h" data-testid="case-downloads">
      <h2 id="downloads-h">{t("caseDownloadsTitle")}</h2>
      <p class="muted">{t("caseDownloadsIntro")}</p>
      <label class="control download-pick">
        <span>{t("caseDownloadsWhich")}</span>
        <select value={pick} onChange={(e) => setPick(e.currentTarget.value)} data-testid="download-round">
          <option value={ALL}>{t("caseDownloadsAll")}</option>
          {measured.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name} ({date(r.closedAt ?? r.openedAt ?? r.createdAt)})
            </option>
          ))}
        </select>
      </label>
      <ViewSwitches value={options} onChange={setView} items={items} name="downloads" allOnly={allOnly} />
      {round ? (
        <ExportLinks formats={ROUND_FORMATS} url={(f) => FollowUpApi.roundExportUrl(round.id, f, options)} what={round.name} testId="case-round-export-links" />
      ) : (
        <ExportLinks formats={CASE_FORMATS} url={(f) => FollowUpApi.caseExportUrl(caseId, f as "xlsx" | "json", options)} what={t("caseDownloadsAll")} testId="case-export-links" />
      )}
    </section>
  );
}
