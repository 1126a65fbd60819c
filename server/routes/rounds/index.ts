// /api/rounds/:id: read, open (links once), close, reopen, re-issue a link, response status and analysis.
import { Hono, type Context } from "hono";
import { loadRound, requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { readQuery } from "../../http/body.ts";
import { conflict, notFound } from "../../http/errors.ts";
import { CASE_MANAGERS } from "../guards.ts";
import { AnalysisQuery, analyzeRound } from "./analysis.ts";
import { issueLink, openRound, setRoundOpen } from "./service.ts";
import { roundStatus } from "./status.ts";
import { addVoiceRoutes } from "./voices.ts";

export { caseRoundRoutes } from "./case-rounds.ts";

/** Mounted at /api/rounds (behind authenticate + CSRF). */
export function roundRoutes(deps: AppDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.use("*", requireRole(...CASE_MANAGERS));
  /** The round and its case, 404 when missing or in another district. */
  const load = (c: Context<AuthEnv>) => loadRound(deps, c.get("user"), c.req.param("id") ?? "");

  app.get("/:id", async (c) => {
    const { round, kase } = await load(c);
    return c.json({ round, case: { id: kase.id, code: kase.code, district: kase.district } });
  });

  app.post("/:id/open", async (c) => {
    const { round } = await load(c);
    return c.json(await openRound(deps.store, round, deps.config.baseUrl, deps.now()));
  });

  app.post("/:id/close", async (c) => {
    const { round } = await load(c);
    return c.json({ round: await setRoundOpen(deps.store, round, false, deps.now()) });
  });

  app.post("/:id/reopen", async (c) => {
    const { round } = await load(c);
    return c.json({ round: await setRoundOpen(deps.store, round, true, deps.now()) });
  });

  app.post("/:id/links/:memberId/reissue", async (c) => {
    const { round } = await load(c);
    const member = (await deps.store.listMembers(round.caseId)).find((m) => m.id === c.req.param("memberId"));
    if (!member) throw notFound("Member");
    if (round.status !== "open") throw conflict("round_not_open", "Links can only be re-issued while the round is open");
    return c.json({ link: await issueLink(deps.store, round, member, deps.config.baseUrl, deps.now()) });
  });

  app.get("/:id/status", async (c) => {
    const { round } = await load(c);
    return c.json(await roundStatus(deps.store, round));
  });

  app.get("/:id/analysis", async (c) => {
    const { round } = await load(c);
    const query = readQuery(c, AnalysisQuery);
    return c.json(await analyzeRound(deps.store, round, query));
  });

  addVoiceRoutes(app, deps, load);

  return app;
}
