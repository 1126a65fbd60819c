// /api/aggregates: cross-case role-pair matrices, round-to-round change and their exports, with min-n suppression.
import { Hono } from "hono";
import { requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { readQuery } from "../../http/body.ts";
import { metaHeaders, sendFile } from "../exports/send.ts";
import { buildChange, buildPairs } from "./build.ts";
import { aggregateFileName, exportAggregate, type AggregateView } from "./export.ts";
import { ChangeQuery, ExportQuery, PairsQuery } from "./query.ts";

/** Mounted at /api/aggregates (behind authenticate + CSRF). Every role; the scope follows the user's districts. */
export function aggregateRoutes(deps: AppDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.use("*", requireRole("admin", "facilitator", "evaluator"));

  app.get("/", async (c) => c.json(await buildPairs(deps, c.get("user"), readQuery(c, PairsQuery))));

  app.get("/change", async (c) => c.json(await buildChange(deps, c.get("user"), readQuery(c, ChangeQuery))));

  app.get("/export", async (c) => {
    const { format, from, to, by, ...filters } = readQuery(c, ExportQuery);
    const user = c.get("user");
    let view: AggregateView;
    if (from !== undefined || to !== undefined) {
      const changeBy = by === "round" ? undefined : by;
      view = await buildChange(deps, user, { ...filters, from: from ?? "", to: to ?? "", by: changeBy });
    } else {
      view = await buildPairs(deps, user, { ...filters, by });
    }
    const file = await exportAggregate(view, format);
    const { meta } = view;
    return sendFile(c, file, aggregateFileName(meta, file.extension), metaHeaders({ instrument: { id: meta.instruments.join(" ") || "none", version: "-" }, threshold: meta.threshold, dimension: meta.dimension }));
  });

  return app;
}
