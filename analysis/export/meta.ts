// Provenance helpers: validate export metadata against the result and flatten it to key/value pairs.
import type { AnalysisResult } from "../types.ts";
import { ExportMeta } from "./types.ts";

/** The flat metadata keys, in the order every format writes them. */
export const META_KEYS = [
  "instrument", "instrument_version", "round", "round_id", "case", "district",
  "threshold", "dimension", "generated_at", "generator",
] as const;
export type MetaKey = (typeof META_KEYS)[number];

/** Parses `meta` and checks that its threshold is the one the result was analysed with. */
export function checkMeta(fn: string, meta: unknown, result: AnalysisResult): ExportMeta {
  const parsed = ExportMeta.safeParse(meta);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${fn}: invalid meta.${issue.path.join(".")}: ${issue.message}`);
  }
  if (parsed.data.threshold !== result.threshold) {
    throw new Error(`${fn}: meta.threshold ${parsed.data.threshold} differs from the result's threshold ${result.threshold}`);
  }
  return parsed.data;
}

/** Metadata as ordered `[key, value]` pairs; absent optional fields become "". */
export function metaEntries(meta: ExportMeta): [MetaKey, string][] {
  return [
    ["instrument", meta.instrument.id],
    ["instrument_version", meta.instrument.version],
    ["round", meta.round.name ?? ""],
    ["round_id", meta.round.id ?? ""],
    ["case", meta.case?.code ?? ""],
    ["district", meta.case?.district ?? ""],
    ["threshold", String(meta.threshold)],
    ["dimension", meta.dimension],
    ["generated_at", meta.generatedAt],
    ["generator", "Laget"],
  ];
}

/** One-line summary, e.g. for a comment line or a GEXF description. */
export function metaLine(meta: ExportMeta): string {
  return metaEntries(meta).map(([k, v]) => `${k}=${v}`).join("; ");
}
