// Reads an uploaded import file: multipart form field `file`, or the raw body with ?filename= / X-Filename.
import type { Context } from "hono";
import { LagetError, invalid } from "../../domain/index.ts";
import type { Upload } from "../services/imports/index.ts";

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
