// /api/rounds/:id/family, /voices and /child-link/reissue: the family's and the child's voice in a round.
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { FamilyQuery, Id, IssuedLink, Round, RoundVoices, VoicesInput, VoicesView } from "../../../domain/index.ts";
import { requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { READ_ERRORS, WRITE_ERRORS, contractApp, errorResponses, jsonBody, jsonRequest, jsonResponse } from "../../http/contract.ts";
import { serviceContext } from "../../services/context.ts";
import { reissueChildLink, roundVoices, setVoices } from "../../services/voices/index.ts";
import { CASE_MANAGERS, roundAccess } from "../guards.ts";

const RoundParams = z.object({ id: Id });

/** Mounted at /api/rounds beside the round routes (behind authenticate + CSRF). */
export function voiceRoutes(deps: AppDeps) {
  const ctx = serviceContext(deps);
  const access = roundAccess(ctx);
  const band = createRoute({
    method: "get", path: "/{id}/family", summary: "The round's family/child options, the child link's progress and the family band", middleware: [access] as const,
    request: { params: RoundParams, query: FamilyQuery },
    responses: { 200: jsonResponse(RoundVoices, "options and band"), ...errorResponses(...READ_ERRORS, 404) },
  });
  const options = createRoute({
    method: "put", path: "/{id}/voices", summary: "Change the family/child options of a draft round", middleware: [access, jsonBody()] as const,
    request: { params: RoundParams, body: jsonRequest(VoicesInput) },
    responses: { 200: jsonResponse(VoicesView.extend({ round: Round }), "the round and its options"), ...errorResponses(...WRITE_ERRORS, 404, 409) },
  });
  const childLink = createRoute({
    method: "post", path: "/{id}/child-link/reissue", summary: "A new child link; the old one stops working", middleware: [access] as const,
    request: { params: RoundParams },
    responses: { 200: jsonResponse(z.object({ link: IssuedLink }), "the new link"), ...errorResponses(...READ_ERRORS, 404, 409) },
  });

  const app = contractApp<AuthEnv>();
  app.use("*", requireRole(...CASE_MANAGERS));
  return app
    .openapi(band, async (c) => c.json(await roundVoices(ctx, c.get("round"), c.req.valid("query")), 200))
    .openapi(options, async (c) => c.json(await setVoices(ctx, c.get("round"), c.req.valid("json")), 200))
    .openapi(childLink, async (c) => c.json({ link: await reissueChildLink(ctx, c.get("round")) }, 200));
}
