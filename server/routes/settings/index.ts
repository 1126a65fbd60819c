// /api/settings: installation settings (minimum n of cross-case aggregates); everyone reads, admins change.
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { Settings, SettingsPatch } from "../../../domain/index.ts";
import { requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { WRITE_ERRORS, contractApp, errorResponses, jsonBody, jsonRequest, jsonResponse } from "../../http/contract.ts";
import { serviceContext } from "../../services/context.ts";
import { getSettings, updateSettings } from "../../services/settings/index.ts";

const SettingsAnswer = z.object({ settings: Settings });

const read = createRoute({
  method: "get", path: "/", summary: "The installation settings",
  responses: { 200: jsonResponse(SettingsAnswer, "the settings"), ...errorResponses(401) },
});
const update = createRoute({
  method: "put", path: "/", summary: "Change settings (admins)", middleware: [requireRole("admin"), jsonBody()] as const,
  request: { body: jsonRequest(SettingsPatch) },
  responses: { 200: jsonResponse(SettingsAnswer, "the settings"), ...errorResponses(...WRITE_ERRORS) },
});

/** Mounted at /api/settings (behind authenticate + CSRF). */
export function settingsRoutes(deps: AppDeps) {
  const ctx = serviceContext(deps);
  return contractApp<AuthEnv>()
    .openapi(read, async (c) => c.json({ settings: await getSettings(ctx) }, 200))
    .openapi(update, async (c) => c.json({ settings: await updateSettings(ctx, c.req.valid("json")) }, 200));
}
