// JSON API contract of /api/s/:token: GET shape and language, PUT replace/draft/submit with a receipt, 404, 409, 415, 422.
import { describe, expect, it } from "vitest";
import { ITEMS, fullRatings, makeFixture, putApi } from "./fixture.ts";

describe("GET /api/s/:token", () => {
  it("returns round, instrument, targets (not the respondent), ratings and submitted", async () => {
    const f = await makeFixture();
    const res = await f.app.request(`/api/s/${f.tokens.mPhysio}?lang=en`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = await res.json();
    expect(body.round).toEqual({ status: "open", closesAt: "2025-04-01T12:00:00.000Z", language: "nb", display: "direction" });
    expect(body.rater).toEqual({ role: "FYS", label: "", name: "Physiotherapist" });
    expect(body.instrument).toMatchObject({ id: "rc7", version: "2.0.0" });
    expect(body.instrument.items.map((i: { id: string }) => i.id)).toEqual(ITEMS);
    expect(body.instrument.items[0].text).toContain("{target}");
    expect(body.instrument.items[0].text).toMatch(/^To what extent do you have the right amount of contact/);
    expect(body.targets.map((t: { id: string }) => t.id)).toEqual(["mTeacher", "mPpt", "mNurse", "mParent", "mKoord"]);
    expect(body.targets[3]).toMatchObject({ id: "mParent", role: "FORÆ", label: "Mor", phrase: "the parents or guardians (Mor)" });
    expect(body.stored).toBe("none");
    expect(body.ratings).toEqual([]);
    expect(body.submitted).toBe(false);
    expect(body.showInMeeting).toBeNull();
  });

  it("speaks the round's language whatever the device's Accept-Language, and reports a passed closesAt as closed", async () => {
    const f = await makeFixture({ language: "nn" });
    f.setNow("2025-05-01T00:00:00.000Z");
    const body = await (await f.app.request(`/api/s/${f.tokens.mPhysio}`, { headers: { "accept-language": "en-US,en;q=0.9" } })).json();
    expect(body.round.status).toBe("closed");
    expect(body.round.language).toBe("nn");
    expect(body.instrument.items[0].text).toMatch(/^I kva grad har du passe mykje/);
    const picked = await (await f.app.request(`/api/s/${f.tokens.mPhysio}?lang=en`)).json();
    expect(picked.instrument.items[0].text).toMatch(/^To what extent/);
  });

  it("unknown and malformed tokens give a JSON 404", async () => {
    const f = await makeFixture();
    for (const t of ["C".repeat(43), "bad"]) {
      const res = await f.app.request(`/api/s/${t}`);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: { code: "not_found", message: expect.any(String) } });
    }
  });
});

describe("PUT /api/s/:token", () => {
  it("saves a partial draft, replaces it, then submits; answers with a receipt, GET gives the stored state", async () => {
    const f = await makeFixture();
    const t = f.tokens.mPhysio;
    const draft = await putApi(f, t, { ratings: [{ target: "mPpt", item: "timely", value: 2 }], submit: false });
    expect(draft.status).toBe(200);
    expect(draft.headers.get("cache-control")).toBe("no-store");
    expect(await draft.json()).toEqual({ savedAt: "2025-03-10T09:00:00.000Z", submitted: false, count: 1 });
    expect((await (await f.browser.request(`/api/s/${t}`)).json()).ratings).toEqual([{ target: "mPpt", item: "timely", value: 2 }]);
    f.setNow("2025-03-10T09:05:00.000Z");
    expect(await (await putApi(f, t, { ratings: [{ target: "mNurse", item: "frequent", value: null }] })).json()).toEqual({
      savedAt: "2025-03-10T09:05:00.000Z", submitted: false, count: 1,
    });
    expect((await (await f.browser.request(`/api/s/${t}`)).json()).ratings).toEqual([{ target: "mNurse", item: "frequent", value: null }]);
    const done = await putApi(f, t, { ratings: fullRatings(f, "mPhysio", null), submit: true });
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({ savedAt: "2025-03-10T09:05:00.000Z", submitted: true, count: 5 * ITEMS.length });
    expect((await f.deps.store.getAnswer("r1", "mPhysio"))?.submitted).toBe(true);
    const again = await (await f.browser.request(`/api/s/${t}`)).json();
    expect(again.submitted).toBe(true);
    expect(again.ratings).toHaveLength(5 * ITEMS.length);
  });

  it("stores the ratings in the survey's order without keys the schema does not know", async () => {
    const f = await makeFixture();
    const ratings = fullRatings(f, "mPhysio", 3).reverse().map((r) => ({ ...r, note: "dropped" }));
    expect((await putApi(f, f.tokens.mPhysio, { ratings, submit: true })).status).toBe(200);
    const stored = (await f.deps.store.getAnswer("r1", "mPhysio"))!.ratings;
    expect(stored).toEqual(fullRatings(f, "mPhysio", 3));
  });

  it.each([
    ["a self-rating", { target: "mPhysio", item: "timely", value: 3 }, "self_rating"],
    ["an unknown target", { target: "ghost", item: "timely", value: 3 }, "unknown_target"],
    ["an unknown item", { target: "mPpt", item: "shoeSize", value: 3 }, "unknown_item"],
  ])("422 for %s", async (_n, rating, code) => {
    const f = await makeFixture();
    const res = await putApi(f, f.tokens.mPhysio, { ratings: [rating], submit: false });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe("invalid_ratings");
    expect(body.error.issues).toEqual([{ path: "ratings.0", code, message: expect.any(String), target: rating.target, item: rating.item }]);
  });

  it("422 for a value outside 1–5, extra fields and duplicates; 422 for submit with missing items", async () => {
    const f = await makeFixture();
    const t = f.tokens.mPhysio;
    const seven = await putApi(f, t, { ratings: [{ target: "mPpt", item: "timely", value: 7 }] });
    expect(seven.status).toBe(422);
    expect((await seven.json()).error).toEqual({
      code: "validation_failed", message: expect.any(String), issues: [{ path: "ratings.0.value", code: "maximum", message: "must be <= 5" }],
    });
    const extra = await putApi(f, t, { ratings: [], submit: false, extra: 1 });
    expect(extra.status).toBe(422);
    expect((await extra.json()).error.issues).toEqual([{ path: "extra", code: "additionalProperties", message: expect.any(String) }]);
    const dup = { target: "mPpt", item: "timely", value: 3 };
    expect((await (await putApi(f, t, { ratings: [dup, dup] })).json()).error.issues).toEqual([
      { path: "ratings.1", code: "duplicate", message: expect.any(String), target: "mPpt", item: "timely" },
    ]);
    const partial = await putApi(f, t, { ratings: fullRatings(f, "mPhysio").slice(1), submit: true });
    expect(partial.status).toBe(422);
    const body = await partial.json();
    expect(body.error.code).toBe("incomplete");
    expect(body.error.issues).toEqual([{ code: "missing", message: expect.any(String), target: "mTeacher", item: "frequent" }]);
    expect(await f.deps.store.getAnswer("r1", "mPhysio")).toBeUndefined();
  });

  it("400 for broken JSON, 415 for other content types, 404 for unknown tokens", async () => {
    const f = await makeFixture();
    const t = f.tokens.mPhysio;
    const broken = await f.app.request(`/api/s/${t}`, { method: "PUT", body: "{", headers: { "content-type": "application/json" } });
    expect(broken.status).toBe(400);
    const text = await f.app.request(`/api/s/${t}`, { method: "PUT", body: "{}", headers: { "content-type": "text/plain" } });
    expect(text.status).toBe(415);
    expect((await putApi(f, "D".repeat(43), { ratings: [] })).status).toBe(404);
  });

  it("409 when the round is closed", async () => {
    const f = await makeFixture({ status: "closed" });
    const res = await putApi(f, f.tokens.mPhysio, { ratings: [], submit: false });
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe("round_closed");
  });
});

describe("rate limits", () => {
  it("more than 60 saves a minute on one link get 429 with Retry-After; a minute later it works again", async () => {
    const f = await makeFixture();
    const t = f.tokens.mPhysio;
    for (let i = 0; i < 60; i++) expect((await putApi(f, t, { ratings: [] })).status).toBe(200);
    const limited = await putApi(f, t, { ratings: [] });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("60");
    expect((await limited.json()).error.code).toBe("rate_limited");
    expect((await putApi(f, f.tokens.mPpt, { ratings: [] })).status).toBe(200);
    f.setNow("2025-03-10T09:01:00.000Z");
    expect((await putApi(f, t, { ratings: [] })).status).toBe(200);
  });
});
