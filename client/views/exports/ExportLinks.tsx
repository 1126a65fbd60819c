// Download links for every export format (a round's nine, or the case's two), each with what it is for.
import { useI18n } from "../../i18n/index.ts";

const LABEL = {
  xlsx: ["exportXlsx", "exportXlsxHint"],
  "csv-nb": ["exportCsvNb", "exportCsvNbHint"],
  csv: ["exportCsv", "exportCsvHint"],
  "csv-long": ["exportCsvLong", "exportCsvLongHint"],
  json: ["exportJson", "exportJsonHint"],
  graphml: ["exportGraphml", "exportGraphmlHint"],
  gexf: ["exportGexf", "exportGexfHint"],
  dl: ["exportDl", "exportDlHint"],
  pajek: ["exportPajek", "exportPajekHint"],
} as const;
export type ExportFormatId = keyof typeof LABEL;

interface Props {
  formats: readonly ExportFormatId[];
  url: (format: ExportFormatId) => string;
  /** Says whose data the links give, for screen readers (e.g. the round's name). */
  what: string;
  testId: string;
}

export function ExportLinks({ formats, url, what, testId }: Props) {
  const { t } = useI18n();
  return (
    <ul class="export-links" data-testid={testId}>
      {formats.map((f) => (
        <li key={f}>
          <a class="button" href={url(f)} download data-format={f}>
            {t(LABEL[f][0])}
            <span class="sr-only">, {what}</span>
          </a>{" "}
          <span class="muted">{t(LABEL[f][1])}</span>
        </li>
      ))}
    </ul>
  );
}
