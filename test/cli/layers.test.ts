// Layering: the CLI and the services reach no HTTP route module, not even through another module.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Every repository module `entry` loads, directly or through others (static and dynamic relative imports;
 * `import type` is erased and loads nothing; comments are skipped).
 */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [resolve(REPO, entry)];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^\s*\/\/.*$/gm, "")
      .replace(/^(?:import|export) type [^;]*;/gm, "");
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+\.tsx?)"/g)) stack.push(resolve(dirname(file), m[1]));
  }
  return seen;
}

const routeModules = (files: Set<string>) => [...files].map((f) => f.slice(REPO.length + 1)).filter((f) => f.startsWith("server/routes/"));

describe("layers", () => {
  it("the CLI imports nothing from server/routes", () => {
    const files = reachable("cli/index.ts");
    expect(files.size).toBeGreaterThan(20); // the walk follows the commands (dynamic imports) into the services
    expect([...files].some((f) => f.endsWith("server/services/imports/import-file.ts"))).toBe(true);
    expect(routeModules(files)).toEqual([]);
  });

  it("the services and the demo seeding import nothing from server/routes", () => {
    for (const entry of ["server/services/cases/index.ts", "server/services/rounds/index.ts", "server/services/voices/index.ts", "server/services/imports/index.ts",
      "server/services/exports/index.ts", "server/services/aggregates/index.ts", "server/services/actions/index.ts", "server/services/timeline/index.ts", "server/services/users/index.ts", "server/services/settings/index.ts", "server/demo/index.ts"]) {
      expect(routeModules(reachable(entry)), entry).toEqual([]);
    }
  });
});
