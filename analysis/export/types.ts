// Shared shapes of the export layer: the provenance metadata every export carries and the file it produces.
import { z } from "zod";

/** Format ids, the same in the CLI (`--to`) and the API (`?format=`); docs/design.md "Formats". */
export const EXPORT_FORMATS = ["csv", "csv-long", "csv-nb", "xlsx", "graphml", "gexf", "dl", "pajek", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Where an export came from: instrument and version, round, case, weak-link threshold, dimension, time. */
export const ExportMeta = z.object({
  instrument: z.object({ id: z.string().min(1), version: z.string().min(1) }),
  round: z.object({ id: z.string().optional(), name: z.string().optional() }),
  case: z.object({ code: z.string().min(1), district: z.string() }).optional(),
  threshold: z.number().finite(),
  /** The score the matrix holds: `all` (mean of every item), a subscore or an item id. */
  dimension: z.string().min(1),
  /** ISO 8601 timestamp. */
  generatedAt: z.string().min(1),
});
export type ExportMeta = z.infer<typeof ExportMeta>;

/** One exported file: its bytes or text, MIME type and file extension (without dot). */
export interface ExportFile {
  body: string | Uint8Array;
  mime: string;
  extension: string;
  /** Tells formats that share an extension apart in file names (`csv-nb` → `…_nb.csv`, `csv-long` → `…_long.csv`). */
  variant?: string;
}
