// Starts the real Laget server for browser tests: createApp + memory store + seed cases + built workspace, on a free port.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createApp } from "../../server/app.ts";
import { DEFAULT_CONFIG, type AppDeps } from "../../server/deps.ts";
import { seedDemo } from "../../server/demo/index.ts";
import { serviceContext } from "../../server/services/context.ts";
import { createUser } from "../../server/services/users/index.ts";
import { createMemoryStore } from "../../server/store/index.ts";
import { serveOnFreePort } from "../browser.ts";
import { seedFiles } from "../seeds.ts";

export const REPO = fileURLToPath(new URL("../..", import.meta.url));
export const ADMIN = { email: "admin@laget.test", password: "korrekt-hest-batteri" };

/** `mailer` turns mail delivery on (the links and reminders by e-mail). */
export async function startServer(opts: { mailer?: AppDeps["mailer"] } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const clientDir = resolve(REPO, "dist/client");
  if (!existsSync(resolve(clientDir, "index.html"))) throw new Error("dist/client is missing: run `npx vite build` first.");
  const store = createMemoryStore();
  const config = { ...DEFAULT_CONFIG, clientDir, baseUrl: "http://127.0.0.1:0" };
  const deps: AppDeps = { store, config, now: () => new Date(), mailer: opts.mailer };
  const ctx = serviceContext(deps);
  await createUser(ctx, { ...ADMIN, name: "Admin Testesen", role: "admin", districts: [] });
  const app = createApp(deps);
  const served = await serveOnFreePort(app.fetch);
  config.baseUrl = served.base;
  await seedDemo(ctx, seedFiles());
  return {
    url: config.baseUrl,
    close: async () => {
      await served.close();
      await store.close();
    },
  };
}

// `npx tsx test/e2e/server.ts` runs it by hand for manual clicking.
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const s = await startServer();
  console.log(`laget e2e server on ${s.url} — ${ADMIN.email} / ${ADMIN.password}`);
}
