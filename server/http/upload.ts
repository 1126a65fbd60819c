// Reads an uploaded import file (multipart form field `file`, or the raw body with ?filename= / X-Filename) under its own size cap.
import type { Context, Env, MiddlewareHandler } from "hono";
import { formatBytes, LIMITS } from "../../analysis/limits.ts";
import { LagetError, invalid, tooLarge } from "../../domain/index.ts";
import type { Upload } from "../services/imports/index.ts";
import { bodyLimit } from "../middleware/body-limit/index.ts";
import { errorResponse } from "./errors.ts";

/** The import route's body cap: an XLSX at its upload limit plus room for the multipart framing (other bodies: 256 KB). */
export const IMPORT_UPLOAD_BYTES = LIMITS.xlsxBytes + 64 * 1024;

/** The path of the upload route, which the app-wide body limit leaves to {@link uploadLimit}. */
export const IMPORT_UPLOAD_PATH = /^\/api\/cases\/[^/]+\/rounds\/import-file\/?$/;

/**
 * 413 `file_too_large` for an upload over {@link IMPORT_UPLOAD_BYTES}: decided by Content-Length before anything is
 * read, or counted while a chunked body streams in (it is never held past the cap).
 */
export function uploadLimit<E extends Env>(): MiddlewareHandler<E> {
  return bodyLimit({
    maxSize: IMPORT_UPLOAD_BYTES,
    onError: (c) => errorResponse(c, tooLarge("file_too_large", `The upload is larger than ${formatBytes(LIMITS.xlsxBytes)}, the import limit; nothing was imported`)),
  });
}

const badRequest = (message: string) => invalid("bad_request", message);

const RAW_TYPES = /^(text\/csv|text\/plain|text\/tab-separated-values|application\/octet-stream|application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet|application\/vnd\.ms-excel)\b/i;

/** A file name without folders and control characters, at most 120 characters. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return base.replace(/[\p{Cc}]/gu, "").trim().slice(0, 120);
}

/**
 * The uploaded file. Multipart: the form field `file`. Raw body: content type text/csv, text/plain,
 * the XLSX type or application/octet-stream, with the name in `?filename=` or the `X-Filename` header
 * (percent-encoded for non-ASCII). `unsupported_media_type` for other content types, `invalid` without a file or name.
 */
export async function readUpload(c: Context): Promise<Upload> {
  const type = c.req.header("content-type") ?? "";
  if (/^multipart\/form-data\b/i.test(type)) {
    const form = await c.req.parseBody().catch((err: unknown) => {
      // A body that does not match its multipart content type is the client's mistake; keep the body limit's 413.
      if ((err as { status?: number })?.status === 413) throw err;
      throw badRequest("The multipart body could not be read; send the file in the form field \"file\"");
    });
    const file = form.file;
    if (!(file instanceof File)) throw badRequest("Send the file in the form field \"file\"");
    const name = cleanName(file.name);
    if (!name) throw badRequest("The uploaded file has no name");
    return { name, bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  if (!RAW_TYPES.test(type)) {
    throw new LagetError("unsupported_media_type", "unsupported_media_type", "Send the file as multipart/form-data (field \"file\") or as the raw body (text/csv or the .xlsx type)");
  }
  let header = c.req.header("x-filename") ?? "";
  try {
    header = decodeURIComponent(header);
  } catch {
    throw badRequest("The X-Filename header is not valid percent-encoding");
  }
  const name = cleanName(c.req.query("filename") ?? header);
  if (!name) throw badRequest("Give the file name in ?filename= or the X-Filename header");
  return { name, bytes: new Uint8Array(await c.req.arrayBuffer()) };
}
