// Matrix CSV writer: the seed's shape, plain (`,` and `.`) or Norwegian Excel (`;`, decimal comma, BOM).
import { csvField } from "./field.ts";
import type { ScoreMatrix } from "../types.ts";

export interface WriteMatrixOptions {
  /** Field separator, default ",". With decimal "," it must be ";" or tab. */
  separator?: "," | ";" | "\t";
  /** Decimal mark, default ".". */
  decimal?: "." | ",";
  /** Prefix a UTF-8 byte-order mark (Excel), default false. */
  bom?: boolean;
  /** Corner cell, default `rater\rated`. */
  corner?: string;
  /** Line ending, default "\n". */
  eol?: "\n" | "\r\n";
}

/**
 * Write a score matrix as CSV: header `corner,label…`, then one row per label; null = blank
 * cell. Numbers are written in full precision (`String(x)`), so parse → write is lossless.
 */
export function writeMatrixCsv(matrix: ScoreMatrix, options: WriteMatrixOptions = {}): string {
  const { separator = ",", decimal = ".", bom = false, corner = "rater\\rated", eol = "\n" } = options;
  if (![",", ";", "\t"].includes(separator)) throw new Error(`writeMatrixCsv: option "separator" must be ",", ";" or tab.`);
  if (decimal !== "." && decimal !== ",") throw new Error(`writeMatrixCsv: option "decimal" must be "." or ",".`);
  if (decimal === "," && separator === ",") throw new Error(`writeMatrixCsv: option "separator" cannot be "," with decimal ",".`);
  const { labels, rows } = matrix;
  const num = (v: number | null) => (v === null ? "" : decimal === "," ? String(v).replace(".", ",") : String(v));
  const lines = [[corner, ...labels].map((c) => csvField(c)).join(separator)];
  labels.forEach((label, i) => lines.push([csvField(label), ...rows[i].map(num)].join(separator)));
  return (bom ? "\uFEFF" : "") + lines.join(eol) + eol;
}
