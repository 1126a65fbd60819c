// /api/cases/:id/rounds: list a case's rounds, create a survey round, import a round from pair scores.
import { Hono } from "hono";
import { z } from "zod";
import { PairScore, RoundInput } from "../../../domain/index.ts";
import { loadCase, requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { readJson } from "../../http/body.ts";
import { CASE_MANAGERS } from "../guards.ts";
import { importRound, newRound } from "./service.ts";

const RoundCreate = RoundInput.strict();
/** Body of POST /api/cases/:id/rounds/import: pair scores between member ids of the case. */
export const ImportInput = RoundInput.omit({ closesAt: true })
  .extend({ scores: z.array(PairScore.strict()).max(20_000) })
  .strict();

/** Mounted at /api/cases/:id/rounds (behind authenticate + CSRF). */
export function caseRoundRoutes(deps: AppDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.use("*", requireRole(...CASE_MANAGERS));

  app.get("/", async (c) => {
    const kase = await loadCase(deps, c.get("user"), c.req.param("id") ?? "");
    return c.json({ rounds: await deps.store.listRounds(kase.id) });
  });

  app.post("/", async (c) => {
    const kase = await loadCase(deps, c.get("user"), c.req.param("id") ?? "");
    const input = await readJson(c, RoundCreate);
    const round = newRound(kase.id, input, "survey", deps.now());
    await deps.store.putRound(round);
    return c.json({ round }, 201);
  });

  app.post("/import", async (c) => {
    const kase = await loadCase(deps, c.get("user"), c.req.param("id") ?? "");
    const { scores, ...input } = await readJson(c, ImportInput);
    const round = await importRound(deps.store, kase.id, { ...input, closesAt: null }, scores, deps.now());
    return c.json({ round }, 201);
  });

  return app;
}
