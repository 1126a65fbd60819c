// Builds zip files byte by byte (local headers, central directory), so tests can write workbooks that lie about sizes.
import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

/** One zip entry: its compressed bytes, the real CRC and size, and optionally a false declared size. */
export interface ZipEntry {
  name: string;
  compressed: Uint8Array;
  crc: number;
  size: number;
  /** Uncompressed size written in the headers instead of the real one (a lying zip bomb). */
  declaredSize?: number;
}

/** An entry from text or bytes, deflated. */
export function entry(name: string, content: string | Uint8Array): ZipEntry {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
  return { name, compressed: deflateRawSync(bytes, { level: 9 }), crc: crc32(bytes), size: bytes.length };
}

/** An entry whose content is the concatenated `chunks`, deflated as a stream (never held whole). */
export async function streamedEntry(name: string, chunks: Iterable<string>): Promise<ZipEntry> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  let crc = 0;
  let size = 0;
  for (const chunk of chunks) {
    const b = Buffer.from(chunk, "utf8");
    crc = crc32(b, crc);
    size += b.length;
    if (!deflate.write(b)) await new Promise((r) => deflate.once("drain", r));
  }
  deflate.end();
  await done;
  return { name, compressed: Buffer.concat(out), crc, size };
}

/** `head`, then `unit` repeated `times` times (in chunks of about 64 KB), then `tail`. */
export function* repeated(head: string, unit: string, times: number, tail: string): Generator<string> {
  yield head;
  const per = Math.max(1, Math.floor(65_536 / unit.length));
  const chunk = unit.repeat(per);
  let left = times;
  for (; left >= per; left -= per) yield chunk;
  if (left > 0) yield unit.repeat(left);
  yield tail;
}

/** The zip file of the entries (deflate, no data descriptors, no zip64). */
export function buildZip(entries: ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const size = e.declaredSize ?? e.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.compressed));
    centrals.push(central, name);
    offset += local.length + name.length + e.compressed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The parts of a one-sheet workbook around the sheet XML (no shared strings: cells use inline strings). */
export function workbookParts(sheetName = "Ark1"): ZipEntry[] {
  return [
    entry("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`),
    entry("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    entry("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} xmlns:r="${REL}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    entry("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
  ];
}

/** Start and end of a worksheet part around its `<sheetData>` content. */
export const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>`;
export const SHEET_TAIL = `</sheetData></worksheet>`;

/** A one-sheet workbook whose sheet data is `rows` (XML of `<row>` elements). */
export const workbookOf = (rows: string): Uint8Array => buildZip([...workbookParts(), entry("xl/worksheets/sheet1.xml", SHEET_HEAD + rows + SHEET_TAIL)]);
