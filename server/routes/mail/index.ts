// /api/mail: whether this server sends the links and reminders by e-mail (the workspace hides the option when not), and the limits.
import { createRoute } from "@hono/zod-openapi";
import { MailInfo, REMINDER_LIMITS } from "../../../domain/index.ts";
import { requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { READ_ERRORS, contractApp, errorResponses, jsonResponse } from "../../http/contract.ts";
import { CASE_MANAGERS } from "../guards.ts";

const read = createRoute({
  method: "get", path: "/", summary: "Mail delivery on or off, and the reminder limits", middleware: [requireRole(...CASE_MANAGERS)] as const,
  responses: { 200: jsonResponse(MailInfo, "mail delivery"), ...errorResponses(...READ_ERRORS) },
});

/** Mounted at /api/mail (behind authenticate + CSRF). */
export function mailRoutes(deps: AppDeps) {
  return contractApp<AuthEnv>().openapi(read, (c) => c.json({ enabled: deps.mailer !== undefined, reminders: { ...REMINDER_LIMITS } }, 200));
}
