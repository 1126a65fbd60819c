// /api/roles and /api/instruments: the role catalogue and the available questionnaires.
import { Hono } from "hono";
import { DEFAULT_ROLES } from "../../../domain/index.ts";
import { listInstruments } from "../../../surveys/index.ts";
import type { AuthEnv } from "../../auth/index.ts";

/** Mounted at /api (behind authenticate). */
export function metaRoutes(): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.get("/roles", (c) => c.json({ roles: DEFAULT_ROLES }));
  app.get("/instruments", (c) => c.json({ instruments: listInstruments() }));
  return app;
}
