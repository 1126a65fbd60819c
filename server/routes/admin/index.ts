// POST /api/admin/backup (admins): a consistent copy of the whole store, streamed as JSON lines while the server runs.
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { contractApp, errorResponses } from "../../http/contract.ts";
import { backupStream } from "../../services/backup/index.ts";
import { serviceContext } from "../../services/context.ts";
import { BackupLine } from "../../store/backup/format.ts";

const backup = createRoute({
  method: "post", path: "/backup", summary: "Back up the whole store (admins)",
  description:
    "A snapshot of everything stored except login sessions, taken when the request arrives, while saves go on: " +
    "every answer acknowledged before it is in, no answer set is half in. One JSON object per line: `header`, `meta`, " +
    "per case a `case` line and one `answers` line per round with answers, then `end` with the counts; a stream " +
    "without `end` is incomplete. `npm run cli -- backup DIR` calls this and writes the folder.",
  middleware: [requireRole("admin")] as const,
  responses: {
    200: {
      description: "the backup: each line one `BackupLine` (the schema is that of a line, not of the whole body)",
      content: { "application/x-ndjson": { schema: { $ref: "#/components/schemas/BackupLine" as const } } },
    },
    ...errorResponses(401, 403),
  },
});

/** A pull-driven byte stream of the lines: the next case is read only when the client has taken the last. */
function toStream(lines: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
}

/** Mounted at /api/admin (behind authenticate + CSRF). */
export function adminRoutes(deps: AppDeps) {
  const ctx = serviceContext(deps);
  const app = contractApp<AuthEnv>();
  const { $schema: _dialect, ...lineSchema } = z.toJSONSchema(BackupLine, { io: "output", unrepresentable: "any" });
  app.openAPIRegistry.registerComponent("schemas", "BackupLine", lineSchema as never);
  return app.openapi(backup, (c) => {
    deps.logger?.info(`backup requested by user ${c.get("user").id}`);
    const res = c.body(toStream(backupStream(ctx)), 200, { "Content-Type": "application/x-ndjson; charset=utf-8" });
    return res as never; // the typed contract has no type for NDJSON ("x-nd…json" is neither JSON nor a plain Response to it)
  });
}
