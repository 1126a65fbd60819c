// The zip container of a workbook (yauzl): entries by name, each part inflated as a stream under size limits.
import yauzl from "yauzl";
import { LIMITS, formatBytes } from "../limits.ts";
import { XlsxParseError } from "./errors.ts";

/** An open workbook zip: which parts exist, and a bounded streaming reader for one part. */
export interface WorkbookZip {
  has(name: string): boolean;
  /**
   * Inflates the part `name` as UTF-8 text chunks passed to `onText`; resolves false when the part
   * does not exist. Errors thrown by `onText` stop the inflating and propagate.
   */
  read(name: string, onText: (chunk: string) => void): Promise<boolean>;
}

/**
 * Opens the zip. Refuses, before anything is inflated, a file over LIMITS.xlsxBytes, a central
 * directory of more than LIMITS.zipEntries entries, and bytes that are not a zip. Each `read`
 * refuses a part whose declared uncompressed size is over LIMITS.partBytes, or that would bring
 * the parts read over LIMITS.workbookBytes, and stops inflating as soon as the actual bytes pass
 * the declared size or either limit (a zip bomb that lies about its sizes).
 */
export async function openWorkbookZip(bytes: Uint8Array, file: string): Promise<WorkbookZip> {
  const refuse = (detail: string, limit?: keyof typeof LIMITS) => new XlsxParseError(file, "", 1, 1, detail, limit);
  if (bytes.length > LIMITS.xlsxBytes) {
    throw refuse(`the workbook is ${bytes.length} bytes; at most ${formatBytes(LIMITS.xlsxBytes)} are read.`, "xlsxBytes");
  }
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), { strictFileNames: false, validateEntrySizes: true });
  } catch {
    throw refuse("the file is not a readable .xlsx workbook.");
  }
  if (zip.entryCount > LIMITS.zipEntries) {
    throw refuse(`the workbook has ${zip.entryCount} parts; at most ${LIMITS.zipEntries} are read.`, "zipEntries");
  }
  const entries = new Map<string, yauzl.Entry>();
  try {
    for await (const entry of zip.eachEntry()) entries.set(entry.fileName.toLowerCase(), entry);
  } catch {
    throw refuse("the file is not a readable .xlsx workbook (its directory is damaged).");
  }
  const bombed = (name: string, declared: number) =>
    refuse(`the part ${name} unpacks to more bytes than it declares (${declared}); refused as a zip bomb.`, "partBytes");
  let used = 0;
  return {
    has: (name) => entries.has(name.toLowerCase()),
    async read(name, onText) {
      const entry = entries.get(name.toLowerCase());
      if (!entry) return false;
      const declared = entry.uncompressedSize;
      if (declared > LIMITS.partBytes) {
        throw refuse(`the part ${name} would unpack to ${declared} bytes; at most ${formatBytes(LIMITS.partBytes)} are read.`, "partBytes");
      }
      if (used + declared > LIMITS.workbookBytes) {
        throw refuse(`the workbook would unpack to more than ${formatBytes(LIMITS.workbookBytes)}.`, "workbookBytes");
      }
      let stream;
      try {
        stream = await zip.openReadStreamPromise(entry);
      } catch {
        throw refuse(`the part ${name} cannot be unpacked.`);
      }
      const decoder = new TextDecoder("utf-8");
      let got = 0;
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          got += chunk.length;
          used += chunk.length;
          if (got > declared || got > LIMITS.partBytes || used > LIMITS.workbookBytes) throw bombed(name, declared);
          onText(decoder.decode(chunk, { stream: true }));
        }
      } catch (error) {
        stream.destroy();
        if (error instanceof XlsxParseError) throw error;
        // yauzl checks the actual size against the declared one too, and may notice first.
        if (/too many bytes/.test((error as Error).message)) throw bombed(name, declared);
        throw refuse(`the part ${name} cannot be unpacked (${(error as Error).message}).`);
      }
      onText(decoder.decode());
      return true;
    },
  };
}
