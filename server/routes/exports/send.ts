// Sends an export file: right MIME type, attachment with an RFC 6266/5987 file name, provenance headers.
import type { Context } from "hono";
import type { ExportFile, ExportMeta } from "../../../analysis/export/index.ts";

/** RFC 5987 value: UTF-8, percent-encoded (also ' ( ) * which encodeURIComponent leaves alone). */
const rfc5987 = (s: string) => encodeURIComponent(s).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `attachment; filename="ascii"; filename*=UTF-8''utf8`: old clients get an ASCII fallback (æ→ae,
 * ø→o, å→a, others "_"), current ones the exact name with Norwegian letters.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .replace(/[Ææ]/g, (c) => (c === "Æ" ? "AE" : "ae"))
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[Øø]/g, (c) => (c === "Ø" ? "O" : "o"))
    .replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(fileName)}`;
}

/** Provenance as response headers (percent-encoded where text may hold non-ASCII letters). */
export function metaHeaders(meta: Pick<ExportMeta, "instrument" | "threshold" | "dimension"> & { round?: string }): Record<string, string> {
  return {
    "X-Laget-Instrument": `${meta.instrument.id}@${meta.instrument.version}`,
    "X-Laget-Threshold": String(meta.threshold),
    "X-Laget-Dimension": encodeURIComponent(meta.dimension),
    ...(meta.round !== undefined && { "X-Laget-Round": encodeURIComponent(meta.round) }),
  };
}

/** The file as the response body. */
export function sendFile(c: Context, file: ExportFile, fileName: string, headers: Record<string, string> = {}): Response {
  const body = typeof file.body === "string" ? file.body : new Uint8Array(file.body);
  return c.body(body, 200, { "Content-Type": file.mime, "Content-Disposition": contentDisposition(fileName), ...headers });
}
