// The typed contract: validation failures in the one error shape, the OpenAPI document, and the hc client against the real app.
import { hc } from "hono/client";
import { beforeAll, describe, expect, it } from "vitest";
import { ErrorBody } from "../../../domain/index.ts";
import type { AppType } from "../../../server/app.ts";
import { serviceContext } from "../../../server/services/context.ts";
import { createApiToken, userByEmail } from "../../../server/services/users/index.ts";
import { ROUTES } from "../../security/routes.ts";
import { facilitatorApp, json, makeCase, type Browser, type TestApp } from "./helpers.ts";

let t: TestApp;
let fasi: Browser;
beforeAll(async () => ({ t, fasi } = await facilitatorApp()));

/** The error body of a 4xx answer, checked against the ErrorBody schema. */
async function errorOf(res: Response) {
  return ErrorBody.parse(await res.json()).error;
}

describe("validation errors", () => {
  it("a body field: 400 invalid_input with a dotted path per problem", async () => {
    const res = await t.call("POST", "/api/cases", { auth: fasi, body: { code: "x", district: 7, extra: true } });
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe("invalid_input");
    expect(error.message).toBe("The request is not valid");
    expect(error.issues?.map((i) => i.path).sort()).toEqual(["", "code", "district"]);
    expect(error.issues?.every((i) => typeof i.message === "string" && i.message.length > 0)).toBe(true);
  });

  it("a nested body field: path through arrays (scores.1.score)", async () => {
    const { caseId, memberIds } = await makeCase(t, fasi, ["PPT", "HEGE"]);
    const scores = [{ rater: memberIds[0], target: memberIds[1], score: 3 }, { rater: memberIds[1], target: memberIds[0], score: 9 }];
    const res = await t.call("POST", `/api/cases/${caseId}/rounds/import`, { auth: fasi, body: { name: "Import", scores } });
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toEqual({ code: "invalid_input", message: "The request is not valid", issues: [{ path: "scores.1.score", message: expect.any(String) }] });
  });

  it("a query parameter and a path parameter are validated the same way", async () => {
    const { caseId } = await makeCase(t, fasi);
    const round = (await json(await t.call("POST", `/api/cases/${caseId}/rounds`, { auth: fasi, body: { name: "Vår" } }))).round as { id: string };
    const query = await t.call("GET", `/api/rounds/${round.id}/analysis?by=team&threshold=9`, { auth: fasi });
    expect(query.status).toBe(400);
    expect((await errorOf(query)).issues?.map((i) => i.path).sort()).toEqual(["by", "threshold"]);
    const admin = await t.login("admin@laget.test");
    const param = await t.call("PATCH", "/api/users/not%20an%20id", { auth: admin, body: { name: "X" } });
    expect(param.status).toBe(400);
    expect((await errorOf(param)).issues).toEqual([{ path: "id", message: "invalid id" }]);
  });

  it("415 for a body that is not JSON, 400 invalid_json for broken JSON, in the same shape", async () => {
    const text = await t.call("POST", "/api/cases", { auth: fasi, raw: "code=x", headers: { "content-type": "text/plain" } });
    expect([text.status, (await errorOf(text)).code]).toEqual([415, "unsupported_media_type"]);
    const broken = await t.call("POST", "/api/cases", { auth: fasi, raw: "{ nope" });
    expect([broken.status, (await errorOf(broken)).code]).toEqual([400, "invalid_json"]);
  });

  it("another district's case is 404 before its body is looked at", async () => {
    const { caseId } = await makeCase(t, fasi);
    const other = await t.login("other@laget.test");
    const res = await t.call("PATCH", `/api/cases/${caseId}`, { auth: other, raw: "not json", headers: { "content-type": "text/plain" } });
    expect([res.status, (await errorOf(res)).code]).toEqual([404, "not_found"]);
  });

  it("a refused import file lists its problems as issues with line and column", async () => {
    const { caseId } = await makeCase(t, fasi, []);
    const res = await t.call("POST", `/api/cases/${caseId}/rounds/import-file?filename=m.csv`, { auth: fasi, raw: "rater\\rated,PPT,HEGE\nPPT,,9\n", headers: { "content-type": "text/csv" } });
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.code).toBe("invalid_file");
    expect(error.issues).toEqual([expect.objectContaining({ line: 2, column: 3 })]);
  });
});

describe("GET /api/openapi.json", () => {
  it("is an OpenAPI 3.1 document with every workspace API route of the route table", async () => {
    const res = await t.call("GET", "/api/openapi.json");
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe("3.1.0");
    const documented = new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)));
    const table = ROUTES.filter((r) => r.path.startsWith("/api/") && !r.path.startsWith("/api/s/") && r.path !== "/api/nothing-here" && r.path !== "/api/openapi.json");
    const names: Record<string, string> = { case: "{id}", plain: "{id}", open: "{id}", draft: "{id}", closed: "{id}", user: "{id}", victim: "{id}", member: "{memberId}", pm0: "{memberId}", sparetoken: "{tokenId}", notoken: "{tokenId}", action: "{actionId}" };
    const missing = table.map((r) => `${r.method} ${r.path.split("?")[0].replace(/:([a-z0-9]+)/g, (_, k: string) => names[k])}`).filter((key) => !documented.has(key));
    expect(missing).toEqual([]);
    expect(documented.size).toBeGreaterThanOrEqual(table.length);
  });
});

describe("hc<AppType> against the real app", () => {
  it("creates and reads a case with typed calls; an error answers in the error shape", async () => {
    const ctx = serviceContext(t.deps);
    const { token } = await createApiToken(ctx, await userByEmail(ctx, "fasi@laget.test"), { name: "hc test" });
    const client = hc<AppType>("http://laget.test", { fetch: t.app.request, headers: { authorization: `Bearer ${token}` } });
    const created = await client.api.cases.$post({ json: { code: "Sak hc", district: "Heimdal" } });
    expect(created.status).toBe(201);
    if (created.status !== 201) throw new Error("not created");
    const { case: kase } = await created.json();
    expect(kase).toMatchObject({ code: "Sak hc", district: "Heimdal", unit: "" });
    const member = await client.api.cases[":id"].members.$post({ param: { id: kase.id }, json: { role: "PPT" } });
    expect(member.status).toBe(201);
    const read = await client.api.cases[":id"].$get({ param: { id: kase.id } });
    if (!read.ok) throw new Error(`read ${read.status}`);
    const body = await read.json();
    expect(body.case.id).toBe(kase.id);
    expect(body.members.map((m) => m.role)).toEqual(["PPT"]);
    const refused = await client.api.cases.$post({ json: { code: "Sak hc", district: "Heimdal" } });
    expect(refused.status).toBe(409);
    expect(ErrorBody.parse(await refused.json()).error.code).toBe("code_taken");
  });
});
