// Reads every file under a folder as bytes and reports which of the given strings occur anywhere in it (binary grep).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** Every file under `dir`, recursively. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** `file: needle` for each needle (UTF-8 bytes) found in a file under `dir`; [] when none is found anywhere. */
export function scanDir(dir: string, needles: string[]): string[] {
  const hits: string[] = [];
  for (const file of filesUnder(dir)) {
    const bytes = readFileSync(file);
    for (const needle of needles) if (bytes.includes(Buffer.from(needle, "utf8"))) hits.push(`${relative(dir, file)}: ${needle}`);
  }
  return hits;
}
