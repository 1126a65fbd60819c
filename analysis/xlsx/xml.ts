// Streaming XML of one workbook part (saxes): element events with prefix-free names; XML errors become XlsxParseError.
import { SaxesParser } from "saxes";
import { XlsxParseError } from "./errors.ts";
import type { WorkbookZip } from "./zip.ts";

/** Callbacks for one part; names are local (a `x:c` element is `c`), attributes keep their prefixes. */
export interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

const local = (name: string) => name.slice(name.indexOf(":") + 1);

/**
 * Streams the part `path` of the zip through a SAX parser (no DTD entities are expanded); resolves
 * false when the part does not exist. Malformed XML is an XlsxParseError naming the part.
 */
export async function parsePart(zip: WorkbookZip, path: string, file: string, sheet: string, handlers: XmlHandlers): Promise<boolean> {
  const parser = new SaxesParser();
  if (handlers.open) parser.on("opentag", (tag) => handlers.open!(local(tag.name), tag.attributes as Record<string, string>));
  if (handlers.close) parser.on("closetag", (tag) => handlers.close!(local(tag.name)));
  if (handlers.text) {
    parser.on("text", handlers.text);
    parser.on("cdata", handlers.text);
  }
  const malformed = (error: unknown) =>
    error instanceof XlsxParseError ? error : new XlsxParseError(file, sheet, 1, 1, `the part ${path} is not well-formed XML (${(error as Error).message.slice(0, 120)}).`);
  try {
    const found = await zip.read(path, (chunk) => void parser.write(chunk));
    if (found) parser.close();
    return found;
  } catch (error) {
    throw malformed(error);
  }
}

/** The first attribute with this local name (`r:id` and `relationships:id` both answer "id" when `prefixed`). */
export function attribute(attributes: Record<string, string>, name: string, prefixed = false): string | undefined {
  for (const [key, value] of Object.entries(attributes)) {
    const colon = key.indexOf(":");
    if ((colon >= 0) === prefixed && key.slice(colon + 1) === name) return value;
  }
  return undefined;
}
