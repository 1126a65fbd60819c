// Sends a file download: right MIME type, attachment with an RFC 6266/5987 file name, provenance headers.
import type { Context } from "hono";
import type { ExportMeta } from "../../analysis/export/index.ts";
import type { ExportDownload } from "../services/exports/index.ts";

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

/** The download as the response body, with its file name and provenance headers. */
export function sendDownload(c: Context, download: ExportDownload): Response {
  const { file, fileName, provenance } = download;
  const body = typeof file.body === "string" ? file.body : new Uint8Array(file.body);
  const headers = provenance ? metaHeaders(provenance) : {};
  return c.body(body, 200, { "Content-Type": file.mime, "Content-Disposition": contentDisposition(fileName), ...headers });
}

const BINARY_TYPES = new Set(["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]);

/** The OpenAPI content of a file answer in these media types (text or binary bodies). */
export function fileContent(...types: string[]) {
  return Object.fromEntries(types.map((t) => [t, { schema: { type: "string" as const, ...(BINARY_TYPES.has(t) && { format: "binary" }) } }]));
}

/** The headers of a file answer, for the OpenAPI document. */
export const FILE_RESPONSE_HEADERS = {
  "Content-Disposition": { description: "attachment; filename=\"ascii\"; filename*=UTF-8''…", schema: { type: "string" as const } },
  "X-Laget-Instrument": { description: "instrument id@version", schema: { type: "string" as const } },
  "X-Laget-Threshold": { description: "weak-link threshold", schema: { type: "string" as const } },
  "X-Laget-Dimension": { description: "dimension (percent-encoded)", schema: { type: "string" as const } },
};
