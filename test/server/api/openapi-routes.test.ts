// The OpenAPI document lists every route the app serves (and none it does not); the respondent API answers as declared.
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { seedDemo, type DemoResult } from "../../../server/demo/index.ts";
import { SurveyReceipt, SurveyState } from "../../../server/routes/openapi/outside.ts";
import { serviceContext } from "../../../server/services/context.ts";
import { SURVEY_CSS } from "../../../server/views/assets.ts";
import { seedFiles } from "../../seeds.ts";
import { makeApp, type TestApp } from "./helpers.ts";

interface Doc {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
}

/** Static files: served as they are, described by the page that loads them, not operations. */
const STATIC = new Set([`GET ${SURVEY_CSS.path}`, "GET /api/docs/init.js", "GET /api/docs/laget.css", "GET /api/docs/{file}"]);
/** Declared in the document, mounted only when single sign-on is configured. */
const SSO_ONLY = /^(GET|POST) \/api\/auth\/oidc/;

let t: TestApp;
let doc: Doc;
let demo: DemoResult;
beforeAll(async () => {
  t = makeApp();
  demo = await seedDemo(serviceContext(t.deps), seedFiles());
  doc = (await (await t.app.request("/api/openapi.json")).json()) as Doc;
});

/** `/api/cases/:id` → `/api/cases/{id}`; a constrained parameter `:file{a|b}` → `{file}`. */
const template = (path: string) => path.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g, "{$1}");

describe("the OpenAPI document and the app's routes", () => {
  it("documents every route the app serves, and nothing it does not", () => {
    const served = new Set(t.app.routes.filter((r) => r.method !== "ALL").map((r) => `${r.method} ${template(r.path)}`));
    const documented = new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)));
    expect([...served].filter((r) => !documented.has(r) && !STATIC.has(r))).toEqual([]);
    expect([...documented].filter((r) => !served.has(r) && !SSO_ONLY.test(r))).toEqual([]);
    // The respondent routes, the health checks, the backup and single sign-on are in it, not only the workspace API.
    for (const op of ["GET /api/s/{token}", "PUT /api/s/{token}", "POST /s/{token}", "GET /readyz", "POST /api/admin/backup", "GET /api/auth/oidc/callback"]) {
      expect(documented).toContain(op);
    }
    expect(documented.size).toBeGreaterThanOrEqual(50);
  });

  it("the respondent API answers exactly as declared, for the team, family and child forms", async () => {
    const parse = (schema: z.ZodType, data: unknown) => {
      const parsed = schema.safeParse(data);
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(parsed.data).toEqual(data); // nothing undeclared
    };
    const forms = new Set<string>();
    for (const link of demo.links) {
      const token = link.url.split("/s/")[1];
      const res = await t.app.request(`/api/s/${token}`);
      expect(res.status).toBe(200);
      expect(doc.paths["/api/s/{token}"].get.responses).toHaveProperty("200");
      const state = (await res.json()) as z.infer<typeof SurveyState>;
      parse(SurveyState, state);
      forms.add(state.form);
      const ratings = state.ratings.map((r, i) => ({ ...r, value: i % 4 === 0 ? null : (i % 5) + 1 }));
      const saved = await t.app.request(`/api/s/${token}`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ ratings, submit: false }) });
      expect(saved.status).toBe(200);
      parse(SurveyReceipt, await saved.json());
      const refused = await t.app.request(`/api/s/${token}`, { method: "PUT", headers: { "content-type": "text/plain" }, body: "x" });
      expect(Object.keys(doc.paths["/api/s/{token}"].put.responses)).toContain(String(refused.status));
    }
    expect([...forms].sort()).toEqual(["child", "family", "team"]);
  });
});
