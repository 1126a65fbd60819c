// GET /healthz (the process answers) and GET /readyz (it takes requests: store open, not starting or stopping).
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import type { AppDeps } from "../../deps.ts";
import { contractApp, jsonResponse } from "../../http/contract.ts";

/** Where the process is in its life: `stopping` from SIGTERM until it exits. */
export const LifeState = z.enum(["starting", "ready", "stopping"]);
export type LifeState = z.infer<typeof LifeState>;

const Health = z.object({ ok: z.literal(true) });
const Ready = z.object({
  ready: z.boolean(),
  /** `store_unavailable` when the store does not answer a read. */
  state: z.union([LifeState, z.literal("store_unavailable")]),
});

const health = createRoute({
  method: "get", path: "/healthz", summary: "Liveness: the process answers", security: [],
  description: "200 as long as the process serves HTTP at all, also while it drains. Use it to restart a hung process.",
  responses: { 200: jsonResponse(Health, "alive") },
});
const ready = createRoute({
  method: "get", path: "/readyz", summary: "Readiness: send traffic here", security: [],
  description: "200 when the store is open and answers and the process is not starting or stopping; 503 otherwise (from SIGTERM on, while in-flight requests finish). Use it to route traffic.",
  responses: { 200: jsonResponse(Ready, "ready"), 503: jsonResponse(Ready, "not ready: starting, stopping or the store does not answer") },
});

/** Health checks, mounted at the root; `deps.lifeState` tells the process's state (absent: always ready). */
export function healthRoutes(deps: AppDeps) {
  return contractApp()
    .openapi(health, (c) => c.json({ ok: true as const }, 200))
    .openapi(ready, async (c) => {
      const state = deps.lifeState?.() ?? "ready";
      if (state !== "ready") return c.json({ ready: false, state }, 503);
      try {
        await deps.store.getSettings();
      } catch {
        return c.json({ ready: false, state: "store_unavailable" as const }, 503);
      }
      return c.json({ ready: true, state }, 200);
    });
}
