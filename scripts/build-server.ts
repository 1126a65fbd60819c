// Production build of the server: bundles server/index.ts (and the supervisor entry, primary.ts) with esbuild into dist/server/.
import { readFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Keeps `import.meta.url` meaning "this source file" inside the bundle: each use becomes the URL of the original
 * .ts file, computed relative to the bundle, so `new URL("../public/x.css", import.meta.url)` still finds server/public.
 */
function sourceUrlPlugin(outfile: string): Plugin {
  return {
    name: "source-import-meta-url",
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, async (args) => {
        const text = await readFile(args.path, "utf8");
        if (!text.includes("import.meta.url")) return undefined;
        const rel = relative(dirname(outfile), args.path).split("\\").join("/");
        const expr = `new URL(${JSON.stringify(rel)}, import.meta.url).href`;
        return { contents: text.replaceAll("import.meta.url", expr), loader: "ts" };
      });
    },
  };
}

/**
 * Bundles the server entry into `outfile` (default dist/server/index.js) and the supervisor entry into primary.js
 * beside it (it runs index.js from its own folder); returns the server entry's path.
 */
export async function buildServer(outfile = resolve(REPO, "dist/server/index.js")): Promise<string> {
  await build({
    entryPoints: [{ in: resolve(REPO, "server/primary.ts"), out: "primary" }],
    outdir: dirname(outfile),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
  await build({
    entryPoints: [resolve(REPO, "server/index.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: "linked",
    logLevel: "warning",
    plugins: [sourceUrlPlugin(outfile)],
  });
  return outfile;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = await buildServer(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`built ${relative(process.cwd(), out)}`);
}
