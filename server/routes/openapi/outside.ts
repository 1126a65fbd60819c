// The routes outside the contract apps (respondent pages and API, single sign-on, the reference page), declared for the document.
import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { AnswerInput, ErrorBody, FormKind, RoundDisplay, RoundLanguage } from "../../../domain/index.ts";
import type { ApiSurveyState } from "../survey/api-state.ts";
import type { SaveReceipt } from "../survey/save.ts";

/** GET /api/s/:token: the respondent's whole state (server/routes/survey/api-state.ts builds it). */
export const SurveyState = z.object({
  form: FormKind,
  round: z.object({ status: z.enum(["draft", "open", "closed"]), closesAt: z.string().nullable(), language: RoundLanguage, display: RoundDisplay }),
  rater: z.object({ role: z.string(), label: z.string(), name: z.string() }),
  instrument: z.object({
    id: z.string(),
    version: z.string(),
    items: z.array(z.object({ id: z.string(), text: z.string(), short: z.string(), about: z.enum(["member", "team"]).optional() })),
    scale: z.object({ low: z.string(), high: z.string() }),
  }),
  targets: z.array(z.object({ id: z.string(), role: z.string(), label: z.string(), name: z.string(), phrase: z.string() })),
  stored: z.enum(["none", "yours", "other_device", "earlier_link"]),
  ratings: z.array(z.object({ target: z.string(), item: z.string(), value: z.number().nullable() })),
  submitted: z.boolean(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  showInMeeting: z.boolean().nullable(),
});
/** PUT /api/s/:token: the receipt of a save. */
export const SurveyReceipt = z.object({ savedAt: z.string(), submitted: z.boolean(), count: z.number().int() });
/** GET /api/auth/oidc and POST /api/auth/oidc/logout (server/auth/oidc/routes.ts). */
export const SsoInfo = z.object({ enabled: z.literal(true), name: z.string(), loginUrl: z.string(), localLogin: z.boolean() });
export const SsoLogout = z.object({ ok: z.literal(true), redirectTo: z.string().nullable() });

// The schemas and the types the handlers build must stay the same (a compile error otherwise).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameState: Same<z.infer<typeof SurveyState>, ApiSurveyState> = true;
const sameReceipt: Same<z.infer<typeof SurveyReceipt>, SaveReceipt> = true;
void [sameState, sameReceipt];

const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });
const error = (description: string) => json(ErrorBody, description);
const html = (description: string) => ({ description, content: { "text/html": { schema: z.string() } } });
const redirect = (description: string) => ({ description, headers: { Location: { schema: { type: "string" as const } } } });
const token = z.object({ token: z.string().describe("the personal link's token (the last part of /s/…)") });
const RESPONDENT = ["Respondent"];
const SSO = ["Single sign-on"];
const SSO_NOTE = " Only when single sign-on is configured (OIDC_ISSUER …); 404 otherwise.";

/** Declares the routes that are not contract routes in `registry`, so the document lists every route of the app. */
export function registerOutsideRoutes(registry: OpenAPIHono["openAPIRegistry"]): void {
  const path = registry.registerPath.bind(registry);
  path({
    method: "get", path: "/api/s/{token}", tags: RESPONDENT, security: [], summary: "The respondent's survey: questions, members to rate, saved answers",
    description: "Marks the link as opened. `Cache-Control: no-store`. Language from `?lang=` or Accept-Language.",
    request: { params: token },
    responses: { 200: json(SurveyState, "the survey state"), 404: error("no survey at this address (unknown, replaced or expired link)"), 429: error("too many requests from this address or for this link") },
  });
  path({
    method: "put", path: "/api/s/{token}", tags: RESPONDENT, security: [], summary: "Save the respondent's answers (a draft, or submit)",
    description: "Replaces the whole answer set; durable when answered. `submit: true` needs every question answered (null = N/A).",
    request: { params: token, body: { required: true, content: { "application/json": { schema: AnswerInput } } } },
    responses: {
      200: json(SurveyReceipt, "saved"), 400: error("the body is not JSON"), 403: error("answered_on_another_device: another browser saved this link's answers"), 404: error("no survey at this address"), 409: error("the round is not open"),
      413: error("body over the limit"), 415: error("not sent as application/json"), 422: error("answers that do not fit the survey (`issues` with dotted paths)"), 429: error("too many saves"),
    },
  });
  for (const [p, summary] of [
    ["/s/{token}", "The survey as an HTML page (works without JavaScript)"],
    ["/s/{token}/form", "The family's or child's form after their consent page"],
    ["/s/{token}/receipt", "The receipt page after submitting"],
  ] as const) {
    path({ method: "get", path: p, tags: RESPONDENT, security: [], summary, request: { params: token }, responses: { 200: html("the page"), 303: redirect("to the right page of this link"), 404: html("no survey at this address") } });
  }
  path({
    method: "post", path: "/s/{token}", tags: RESPONDENT, security: [], summary: "Save the HTML form (draft, submit or decline)",
    description: "A form post from the survey page with its CSRF field; `application/x-www-form-urlencoded`.",
    request: { params: token, body: { required: true, content: { "application/x-www-form-urlencoded": { schema: z.record(z.string(), z.string()) } } } },
    responses: { 303: redirect("saved: to the page or the receipt"), 400: html("a form that was not ours"), 403: html("another browser saved this link's answers, or the post came from another site"), 409: html("the round is not open"), 422: html("the form with its problems marked"), 429: html("too many saves") },
  });
  path({
    method: "get", path: "/api/auth/oidc", tags: SSO, security: [], summary: "Whether single sign-on is on, for the login page", description: SSO_NOTE.trim(),
    responses: { 200: json(SsoInfo, "single sign-on is on") },
  });
  path({
    method: "get", path: "/api/auth/oidc/login", tags: SSO, security: [], summary: "Start a login at the provider (code flow with PKCE, state, nonce)",
    description: `Sets the sealed \`laget_oidc\` cookie.${SSO_NOTE}`,
    request: { query: z.object({ returnTo: z.string().optional().describe("a same-site path to come back to") }) },
    responses: { 302: redirect("to the provider"), 429: error("too many login starts from this address") },
  });
  path({
    method: "get", path: "/api/auth/oidc/callback", tags: SSO, security: [], summary: "The provider's redirect back: finishes the login",
    description: `Sets the \`laget_session\` cookie on success.${SSO_NOTE}`,
    responses: { 303: redirect("to `returnTo` when logged in, else to /api/auth/oidc/refused/{reason}") },
  });
  path({
    method: "get", path: "/api/auth/oidc/refused/{reason}", tags: SSO, security: [], summary: "The page that says why a single sign-on login was refused",
    request: { params: z.object({ reason: z.string() }) },
    responses: { 400: html("login_expired, state_mismatch"), 401: html("provider_error, token_refused, id_token_invalid, id_token_expired, nonce_mismatch"), 403: html("no_role, disabled, no_email"), 409: html("email_taken"), 503: html("provider_unavailable"), 404: error("another reason") },
  });
  path({
    method: "post", path: "/api/auth/oidc/logout", tags: SSO, summary: "End the session; where to send the browser to log out at the provider",
    description: SSO_NOTE.trim(),
    responses: { 200: json(SsoLogout, "logged out"), 401: error("not logged in"), 403: error("missing X-CSRF-Token") },
  });
  path({ method: "get", path: "/api/openapi.json", security: [], summary: "This document (OpenAPI 3.1)", responses: { 200: json(z.record(z.string(), z.unknown()), "the document") } });
  path({ method: "get", path: "/api/docs", security: [], summary: "The API reference page (Swagger UI over this document)", responses: { 200: html("the page") } });
}
