// Size limits of every file Laget reads (CSV, XLSX): one home, quoted by the parsers' messages and the README.

/**
 * A team around one child has at most a few dozen members; the limits leave room for that and
 * refuse anything far beyond it before it is allocated. Each limit has a name that the parse
 * errors carry (`limit`), so a caller can tell "too large" (HTTP 413) from "malformed" (422).
 */
export const LIMITS = {
  /** Members (matrix labels, or distinct rater/target ids of one case and round in a long file). */
  members: 60,
  /** Characters of one label, member id, role, case or round name in a file. */
  labelLength: 80,
  /** Fields of one CSV row or cells of one sheet row (a 60-member matrix needs 61). */
  columns: 100,
  /** Rows of a CSV file or a worksheet (one case of 60 members × 59 targets × 7 items is 24 780 rows). */
  rows: 30_000,
  /** Characters of a CSV text (8 MiB). */
  textLength: 8 * 1024 * 1024,
  /** Characters of one cell of a worksheet. */
  cellLength: 1_000,
  /** Bytes of an XLSX file as uploaded (zipped). */
  xlsxBytes: 4 * 1024 * 1024,
  /** Entries of an XLSX zip. */
  zipEntries: 1_000,
  /** Uncompressed bytes of one part of the workbook that is read (declared and actual). */
  partBytes: 16 * 1024 * 1024,
  /** Uncompressed bytes of all parts read from one workbook together. */
  workbookBytes: 24 * 1024 * 1024,
  /** Shared strings of one workbook. */
  sharedStrings: 100_000,
} as const;

export type LimitName = keyof typeof LIMITS;

/** A byte count for messages: "4 MiB", "512 KiB", "900 bytes". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}
