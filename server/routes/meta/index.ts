// /api/roles and /api/instruments: the role catalogue and the available questionnaires.
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { DEFAULT_ROLES, RoleDef } from "../../../domain/index.ts";
import { Instrument, listInstruments } from "../../../surveys/index.ts";
import type { AuthEnv } from "../../auth/index.ts";
import { contractApp, errorResponses, jsonResponse } from "../../http/contract.ts";

const roles = createRoute({
  method: "get", path: "/roles", summary: "The role catalogue",
  responses: { 200: jsonResponse(z.object({ roles: z.array(RoleDef) }), "the roles"), ...errorResponses(401) },
});
const instruments = createRoute({
  method: "get", path: "/instruments", summary: "The instruments, latest version of each",
  responses: { 200: jsonResponse(z.object({ instruments: z.array(Instrument) }), "the instruments"), ...errorResponses(401) },
});

/** Mounted at /api (behind authenticate). */
export function metaRoutes() {
  return contractApp<AuthEnv>()
    .openapi(roles, (c) => c.json({ roles: DEFAULT_ROLES }, 200))
    .openapi(instruments, (c) => c.json({ instruments: listInstruments() }, 200));
}
