// Every JSON answer of a realistic session matches the schema its route declares: nothing undeclared, nothing missing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { seedDemo } from "../../../server/demo/index.ts";
import { serviceContext } from "../../../server/services/context.ts";
import { RC7_V1 } from "../../../surveys/rc7.ts";
import { seedFiles } from "../../seeds.ts";
import { startSmtp, type TestSmtp } from "../mail/smtp.ts";
import { PASSWORD, addUsers, makeApp, type Browser, type TestApp } from "./helpers.ts";

interface DeclaredRoute {
  method: string;
  path: string;
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}

let t: TestApp;
let smtp: TestSmtp;
let admin: Browser;
let routes: DeclaredRoute[];
const checked = new Set<string>();

beforeAll(async () => {
  smtp = await startSmtp();
  t = makeApp({}, {}, smtp.mailer());
  await addUsers(t.deps);
  await seedDemo(serviceContext(t.deps), seedFiles());
  admin = await t.login("admin@laget.test");
  routes = t.app.openAPIRegistry.definitions.flatMap((d) => (d.type === "route" ? [d.route as unknown as DeclaredRoute] : []));
});
afterAll(() => smtp.close());

/** The declared route of a request: same method, path template `{x}` matching one segment. */
function declared(method: string, path: string): DeclaredRoute {
  const bare = path.split("?")[0];
  const route = routes.find((r) => r.method === method.toLowerCase() && new RegExp(`^${r.path.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(bare));
  if (!route) throw new Error(`no declared route for ${method} ${bare}`);
  return route;
}

/** Calls the API and checks the JSON answer against the schema declared for its status; returns the body. */
async function call(method: string, path: string, body?: unknown, expected?: number): Promise<Record<string, unknown>> {
  const res = await t.call(method, path, { auth: admin, body });
  if (expected !== undefined) expect(res.status, `${method} ${path}`).toBe(expected);
  const route = declared(method, path);
  const schema = route.responses[String(res.status)]?.content?.["application/json"]?.schema as z.ZodType | undefined;
  expect(schema, `${method} ${path} answered ${res.status}, which it does not declare`).toBeDefined();
  const data = (await res.json()) as Record<string, unknown>;
  const parsed = schema!.safeParse(data);
  expect(parsed.error?.issues ?? [], `${method} ${path} → ${res.status}`).toEqual([]);
  // Parsing drops undeclared keys and fills defaults: equal only when the schema describes the answer exactly.
  expect(parsed.data, `${method} ${path} → ${res.status}: undeclared or missing fields`).toEqual(data);
  checked.add(`${route.method.toUpperCase()} ${route.path} ${res.status}`);
  return data;
}

describe("declared response schemas", () => {
  it("describe the answers of cases, members, rounds, links, answers, status, analysis, voices and exports", async () => {
    await call("POST", "/api/auth/login", { email: "admin@laget.test", password: PASSWORD }, 200);
    await call("GET", "/api/auth/me", undefined, 200);
    await call("GET", "/api/roles", undefined, 200);
    await call("GET", "/api/instruments", undefined, 200);
    const { case: kase } = (await call("POST", "/api/cases", { code: "Sak svar", district: "Heimdal" }, 201)) as { case: { id: string } };
    await call("PATCH", `/api/cases/${kase.id}`, { unit: "Skole" }, 200);
    const ids: string[] = [];
    for (const role of ["PPT", "HEGE", "SKLær", "FORÆ"]) {
      const body = role === "FORÆ" ? { role, email: "foreldre@familie.test" } : { role };
      ids.push(((await call("POST", `/api/cases/${kase.id}/members`, body, 201)).member as { id: string }).id);
    }
    await call("PATCH", `/api/cases/${kase.id}/members/${ids[2]}`, { label: "kontaktlærer" }, 200);
    await call("GET", `/api/cases/${kase.id}/members`, undefined, 200);
    const round = (await call("POST", `/api/cases/${kase.id}/rounds`, { name: "Vår", family: { include: true } }, 201)).round as { id: string };
    await call("PUT", `/api/rounds/${round.id}/voices`, { child: { include: true, version: "13-16" } }, 200);
    const opened = (await call("POST", `/api/rounds/${round.id}/open`, undefined, 200)) as { links: { memberId: string; url: string; form: string }[] };
    await call("GET", `/api/rounds/${round.id}/status`, undefined, 200);
    for (const link of opened.links.filter((l) => l.form === "team")) {
      const token = link.url.split("/s/")[1];
      const ratings = ids.filter((m) => m !== link.memberId).flatMap((target) => RC7_V1.items.map((i) => ({ target, item: i.id, value: 2 + (i.id.length % 4) })));
      await call("GET", `/api/s/${token}`, undefined, 200);
      await call("PUT", `/api/s/${token}`, { ratings, submit: true }, 200);
    }
    await call("GET", "/api/openapi.json", undefined, 200);
    await call("GET", `/api/rounds/${round.id}/status`, undefined, 200);
    await call("GET", "/api/mail", undefined, 200);
    // The parents (the one seat with an address) have not answered: a reminder, then 429 within the day.
    const reminded = (await call("POST", `/api/rounds/${round.id}/reminders`, undefined, 200)) as { accepted: number };
    expect(reminded.accepted).toBe(1);
    await call("POST", `/api/rounds/${round.id}/reminders`, undefined, 429);
    await call("GET", `/api/rounds/${round.id}/status`, undefined, 200);
    await call("GET", `/api/rounds/${round.id}/analysis`, undefined, 200);
    await call("GET", `/api/rounds/${round.id}/analysis?by=role&dimension=communication&asymmetryGap=0.5`, undefined, 200);
    await call("GET", `/api/rounds/${round.id}/family?minRespondents=1`, undefined, 200);
    await call("POST", `/api/rounds/${round.id}/links/${ids[0]}/reissue`, undefined, 200);
    await call("POST", `/api/rounds/${round.id}/child-link/reissue`, undefined, 200);
    await call("POST", `/api/rounds/${round.id}/close`, { keepAddresses: true }, 200);
    await call("POST", `/api/rounds/${round.id}/reopen`, undefined, 200);
    const byMail = (await call("POST", `/api/cases/${kase.id}/rounds`, { name: "Høst", language: "nn" }, 201)).round as { id: string };
    const mailed = (await call("POST", `/api/rounds/${byMail.id}/open`, { delivery: "email" }, 200)) as { deliveries: unknown[]; round: { language: string } };
    expect(mailed.deliveries).toHaveLength(1);
    expect(mailed.round.language).toBe("nn");
    await call("POST", `/api/rounds/${byMail.id}/close`, undefined, 200);
    await call("GET", `/api/rounds/${round.id}`, undefined, 200);
    await call("GET", `/api/cases/${kase.id}/rounds`, undefined, 200);
    await call("GET", `/api/cases/${kase.id}`, undefined, 200);
    await call("GET", "/api/cases", undefined, 200);
    await call("POST", `/api/cases/${kase.id}/rounds/import`, { name: "Import", scores: [{ rater: ids[0], target: ids[1], score: 3.5 }] }, 201);
    await call("GET", `/api/cases/${kase.id}/access-export`, undefined, 200);
    // Agreed actions and their follow-up, and the case over time.
    const about = { kind: "pair", level: "member", dimension: "all", source: ids[1], target: ids[0] };
    const action = (await call("POST", `/api/rounds/${round.id}/actions`, { about, what: "Faste møter", who: "PPT", due: "2026-05-01" }, 201)).action as { id: string; updatedAt: string };
    await call("PATCH", `/api/rounds/${round.id}/actions/${action.id}`, { status: "done", expectedUpdatedAt: action.updatedAt }, 200);
    await call("GET", `/api/rounds/${round.id}/actions`, undefined, 200);
    await call("GET", `/api/cases/${kase.id}/actions`, undefined, 200);
    await call("GET", `/api/cases/${kase.id}/timeline?by=member&threshold=3.5`, undefined, 200);

    const csv = "rater\\rated,PPT,HEGE,TALE\nPPT,,4,3\nHEGE,2,,5\nTALE,3,4,\n";
    for (const dryRun of ["1", "0"]) {
      const path = `/api/cases/${kase.id}/rounds/import-file?filename=m.csv&dryRun=${dryRun}&allowDuplicate=1`;
      const res = await t.call("POST", path, { auth: admin, raw: csv, headers: { "content-type": "text/csv" } });
      await checkRaw("POST", path, res);
    }
  });

  it("describe the answers of users, settings, aggregates and errors", async () => {
    await call("GET", "/healthz", undefined, 200);
    await call("GET", "/readyz", undefined, 200);
    await call("GET", "/api/users", undefined, 200);
    const user = (await call("POST", "/api/users", { email: "ny@laget.test", name: "Ny", role: "evaluator", password: "a long password" }, 201)).user as { id: string };
    await call("PATCH", `/api/users/${user.id}`, { districts: ["Heimdal"] }, 200);
    await call("GET", "/api/settings", undefined, 200);
    await call("PUT", "/api/settings", { minCases: 2 }, 200);
    await call("GET", "/api/retention?days=30", undefined, 200);
    await call("GET", "/api/aggregates?by=district", undefined, 200);
    await call("GET", "/api/aggregates/change?from=Importert%20matrise&to=Vår", undefined, 200);
    await call("GET", "/api/aggregates/releases", undefined, 200);
    await call("POST", "/api/aggregates/releases", undefined, 201);
    await call("GET", "/api/aggregates?by=round", undefined, 200);
    await call("GET", "/api/aggregates?by=round&threshold=3", undefined, 400);
    await call("POST", "/api/cases", { code: "x" }, 400);
    await call("GET", "/api/cases/nope", undefined, 404);
    await call("POST", "/api/users", { email: "ny@laget.test", name: "Ny", role: "evaluator", password: "a long password" }, 409);
    await call("POST", "/api/auth/logout", undefined, 200);
  });

  it("describe the answers of the account, API tokens and the audit log", async () => {
    admin = await t.login("admin@laget.test"); // the test before logged out
    const { apiToken } = (await call("POST", "/api/account/tokens", { name: "skript", expiresInDays: 30 }, 201)) as { apiToken: { id: string; userId: string } };
    await call("GET", "/api/account/tokens", undefined, 200);
    await call("GET", `/api/users/${apiToken.userId}/tokens`, undefined, 200);
    await call("GET", "/api/audit?limit=5", undefined, 200);
    await call("GET", "/api/audit?action=auth.login&caseId=abc", undefined, 200);
    await call("PUT", "/api/account/password", { currentPassword: PASSWORD, newPassword: PASSWORD }, 200);
  });

  it("were checked for every route that answers JSON on success", () => {
    const isZod = (schema: unknown) => typeof (schema as z.ZodType | undefined)?.safeParse === "function";
    // File downloads (exports) declare their media types without a JSON schema; the rest answer JSON.
    // Single sign-on is off here; its JSON answers are checked against these schemas in test/server/auth/oidc/flow.test.ts.
    const jsonRoutes = routes
      .filter((r) => !r.path.startsWith("/api/auth/oidc"))
      .filter((r) => Object.entries(r.responses).some(([status, res]) => status.startsWith("2") && isZod(res.content?.["application/json"]?.schema)));
    const unchecked = jsonRoutes.map((r) => `${r.method.toUpperCase()} ${r.path}`).filter((key) => ![...checked].some((c) => c.startsWith(`${key} 2`)));
    expect(unchecked).toEqual([]);
    expect(jsonRoutes.length).toBeGreaterThanOrEqual(33);
  });
});

/** As call(), for a response already made (uploads). */
async function checkRaw(method: string, path: string, res: Response): Promise<void> {
  const route = declared(method, path);
  const schema = route.responses[String(res.status)]?.content?.["application/json"]?.schema as z.ZodType | undefined;
  expect(schema, `${method} ${path} answered ${res.status}`).toBeDefined();
  const data = await res.json();
  const parsed = schema!.safeParse(data);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(parsed.data).toEqual(data);
  checked.add(`${route.method.toUpperCase()} ${route.path} ${res.status}`);
}
