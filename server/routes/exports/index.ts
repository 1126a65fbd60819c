// GET /api/rounds/:id/export and /api/cases/:id/export: one round in any export format, or a whole case (xlsx, json).
import { Hono } from "hono";
import { z } from "zod";
import { EXPORT_FORMATS, exportFileName, exportResult } from "../../../analysis/export/index.ts";
import { exportCaseXlsx } from "../../../analysis/export/xlsx-case.ts";
import { loadCase, loadRound, requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { readQuery } from "../../http/body.ts";
import { CASE_MANAGERS } from "../guards.ts";
import { AnalysisQuery, analyzeRound } from "../rounds/analysis.ts";
import { roundMeta } from "./meta.ts";
import { contentDisposition, metaHeaders, sendFile } from "./send.ts";

/** Query of the round export: the analysis options plus the format. */
export const RoundExportQuery = AnalysisQuery.extend({ format: z.enum(EXPORT_FORMATS).default("json") });
/** Query of the case export: all rounds in one workbook or one JSON document. */
export const CaseExportQuery = AnalysisQuery.extend({ format: z.enum(["xlsx", "json"]).default("xlsx") });

/** Mounted at /api (behind authenticate + CSRF); same access as the analysis endpoint. */
export function exportRoutes(deps: AppDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.use("/rounds/:id/export", requireRole(...CASE_MANAGERS));
  app.use("/cases/:id/export", requireRole(...CASE_MANAGERS));

  app.get("/rounds/:id/export", async (c) => {
    const { round, kase } = await loadRound(deps, c.get("user"), c.req.param("id"));
    const { format, ...query } = readQuery(c, RoundExportQuery);
    const result = await analyzeRound(deps.store, round, query);
    const meta = roundMeta(round, kase, result, query.dimension, deps.now());
    const file = await exportResult(format, result, meta);
    return sendFile(c, file, exportFileName(meta, file), metaHeaders({ ...meta, round: round.name }));
  });

  app.get("/cases/:id/export", async (c) => {
    const kase = await loadCase(deps, c.get("user"), c.req.param("id"));
    const { format, ...query } = readQuery(c, CaseExportQuery);
    const now = deps.now();
    const rounds = (await deps.store.listRounds(kase.id)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const entries = [];
    for (const round of rounds) {
      const result = await analyzeRound(deps.store, round, query);
      entries.push({ result, meta: roundMeta(round, kase, result, query.dimension, now) });
    }
    const name = `laget_${kase.code.replace(/[^\p{L}\p{N}.-]+/gu, "-")}_alle-runder_${query.dimension}.${format}`;
    if (format === "json") {
      const body = { case: { code: kase.code, district: kase.district, unit: kase.unit }, generatedAt: now.toISOString(), rounds: entries.map((e) => ({ meta: e.meta, ...e.result })) };
      return c.body(JSON.stringify(body, null, 2) + "\n", 200, { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": contentDisposition(name) });
    }
    return sendFile(c, await exportCaseXlsx(entries, now.toISOString()), name);
  });

  return app;
}
