// The parts around the data: package and workbook relationships, the sheet list, and the shared strings.
import { LIMITS } from "../limits.ts";
import { XlsxParseError } from "./errors.ts";
import { attribute, parsePart } from "./xml.ts";
import type { WorkbookZip } from "./zip.ts";

export interface Relationship {
  target: string;
  type: string;
}

/** A worksheet as the workbook lists it: its name and the zip path of its XML. */
export interface SheetRef {
  name: string;
  path: string;
}

/** Folder of a part path, with a trailing slash ("xl/" for "xl/workbook.xml"). */
const folder = (path: string) => path.slice(0, path.lastIndexOf("/") + 1);

/** A relationship target as a zip path: absolute ("/xl/…") or relative to the source part's folder, `..` resolved. */
export function resolveTarget(source: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : folder(source) + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/** The relationships of `part` (from its `_rels/<name>.rels`), by id. */
export async function readRelationships(zip: WorkbookZip, part: string, file: string): Promise<Map<string, Relationship>> {
  const rels = new Map<string, Relationship>();
  const relsPath = `${folder(part)}_rels/${part.slice(part.lastIndexOf("/") + 1)}.rels`;
  await parsePart(zip, relsPath, file, "", {
    open(name, attrs) {
      if (name !== "Relationship") return;
      const id = attribute(attrs, "Id");
      const target = attribute(attrs, "Target");
      if (id && target && attrs.TargetMode !== "External" && rels.size < LIMITS.zipEntries) {
        rels.set(id, { target: resolveTarget(part, target), type: attribute(attrs, "Type") ?? "" });
      }
    },
  });
  return rels;
}

/** Path of the main workbook part: the package's officeDocument relationship, else `xl/workbook.xml`. */
export async function workbookPath(zip: WorkbookZip, file: string): Promise<string> {
  const rels = await readRelationships(zip, "", file);
  const main = [...rels.values()].find((r) => r.type.endsWith("/officeDocument"));
  return main?.target ?? "xl/workbook.xml";
}

/** The worksheets in workbook order (chart sheets and dialogs left out). */
export async function readSheets(zip: WorkbookZip, workbook: string, file: string): Promise<SheetRef[]> {
  const rels = await readRelationships(zip, workbook, file);
  const sheets: SheetRef[] = [];
  const found = await parsePart(zip, workbook, file, "", {
    open(name, attrs) {
      if (name !== "sheet") return;
      const rel = rels.get(attribute(attrs, "id", true) ?? "");
      if (rel && rel.type.endsWith("/worksheet") && sheets.length < LIMITS.zipEntries) sheets.push({ name: attrs.name ?? "", path: rel.target });
    },
  });
  if (!found) throw new XlsxParseError(file, "", 1, 1, "the file is not a readable .xlsx workbook (it has no workbook part).");
  return sheets;
}

/**
 * The shared strings (rich text runs joined, phonetic runs left out). A string longer than
 * LIMITS.cellLength is kept as null and refused only if the sheet read uses it; more than
 * LIMITS.sharedStrings strings are refused.
 */
export async function readSharedStrings(zip: WorkbookZip, workbook: string, file: string): Promise<(string | null)[]> {
  const rels = await readRelationships(zip, workbook, file);
  const path = [...rels.values()].find((r) => r.type.endsWith("/sharedStrings"))?.target ?? `${folder(workbook)}sharedStrings.xml`;
  const strings: (string | null)[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  await parsePart(zip, path, file, "", {
    open(name) {
      if (name === "si") {
        if (strings.length >= LIMITS.sharedStrings) {
          throw new XlsxParseError(file, "", 1, 1, `the workbook has more than ${LIMITS.sharedStrings} shared strings.`, "sharedStrings");
        }
        current = "";
      } else if (name === "rPh") phonetic++;
      else if (name === "t") inText = phonetic === 0;
    },
    close(name) {
      if (name === "si") strings.push(current);
      else if (name === "rPh") phonetic--;
      else if (name === "t") inText = false;
    },
    text(text) {
      if (!inText || current === null) return;
      current += text;
      if (current.length > LIMITS.cellLength) current = null;
    },
  });
  return strings;
}
