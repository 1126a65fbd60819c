// /api/settings: installation settings (minimum n of cross-case aggregates); everyone reads, admins change.
import { Hono } from "hono";
import { Settings } from "../../../domain/index.ts";
import { requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { readJson } from "../../http/body.ts";

/** Body of PUT /api/settings: any subset of the settings. */
const SettingsPatch = Settings.partial().strict();

/** Mounted at /api/settings (behind authenticate + CSRF). */
export function settingsRoutes(deps: AppDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();

  app.get("/", async (c) => c.json({ settings: await deps.store.getSettings() }));

  app.put("/", requireRole("admin"), async (c) => {
    const patch = await readJson(c, SettingsPatch);
    const settings = Settings.parse({ ...(await deps.store.getSettings()), ...patch });
    await deps.store.putSettings(settings);
    return c.json({ settings });
  });

  return app;
}
