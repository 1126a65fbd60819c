// The meeting view's downloads: the round in every export format with the level, threshold and dimension on screen.
import { FollowUpApi, ROUND_FORMATS, type ViewOptions } from "../../api/follow-up.ts";
import { useI18n } from "../../i18n/index.ts";
import { ExportLinks } from "./ExportLinks.tsx";

export function RoundDownloads({ roundId, roundName, options }: { roundId: string; roundName: string; options: ViewOptions }) {
  const { t, num } = useI18n();
  return (
    <details class="downloads" data-testid="round-downloads">
      <summary>{t("downloadsTitle", { n: ROUND_FORMATS.length })}</summary>
      <p class="muted">{t("downloadsIntro", { level: options.by === "member" ? t("levelMember") : t("levelRole"), t: num(options.threshold) })}</p>
      <ExportLinks formats={ROUND_FORMATS} url={(f) => FollowUpApi.roundExportUrl(roundId, f, options)} what={roundName} testId="round-export-links" />
    </details>
  );
}
