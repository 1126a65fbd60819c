// Once before all tests: make sure Debian's Chromium is there for the browser tests and build the workspace they load.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import { build } from "vite";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const CHROMIUM = "/usr/bin/chromium";

/** Installs chromium with apt when it is missing and we are root; otherwise fails with how to install it. */
function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`Chromium is missing (${CHROMIUM}); the browser tests need it. Install it with: sudo apt-get install -y chromium`);
  }
  console.log("global setup: installing Debian's chromium with apt-get (first run only)…");
  for (const args of [["update", "-qq"], ["install", "-y", "-qq", "chromium"]]) {
    const run = spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (run.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed; install chromium by hand: apt-get install -y chromium`);
  }
}

export default async function setup(): Promise<void> {
  ensureChromium();
  // The browser tests serve dist/client; build it from the current sources every run (about a second).
  await build({ configFile: resolve(REPO, "vite.config.ts"), logLevel: "warn" });
}
