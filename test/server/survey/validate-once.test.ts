// Answers are validated once, at the HTTP boundary, by the validator compiled from the domain schema; the store trusts typed input.
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { AnswerInput, type AnswerSet } from "../../../domain/index.ts";
import { checkAnswerInput } from "../../../server/routes/survey/input.ts";
import { openFileStore } from "../../../server/store/file-store.ts";
import { createMemoryStore } from "../../../server/store/memory.ts";
import { seedCaseWithRound } from "../store/sample-data.ts";
import { tempDir } from "../store/temp-dir.ts";
import { ITEMS, fullForm, makeFixture, postForm, putApi } from "./fixture.ts";

const hostile = fc.oneof(fc.string(), fc.double(), fc.integer({ min: -3, max: 9 }), fc.constant(null), fc.boolean(), fc.constant({}), fc.constant([]));
const rating = fc.record(
  {
    target: fc.oneof({ weight: 5, arbitrary: fc.constantFrom("mPpt", "m_1", "A-z") }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 66 }) }, { weight: 1, arbitrary: hostile }),
    item: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...ITEMS) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 42 }) }, { weight: 1, arbitrary: hostile }),
    value: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(1, 2, 3, 4, 5, null) }, { weight: 2, arbitrary: hostile }),
    extra: fc.string(),
  },
  { requiredKeys: ["target", "item", "value"] },
);
const body = fc.oneof(
  { weight: 6, arbitrary: fc.record({ ratings: fc.array(rating, { maxLength: 6 }), submit: fc.oneof(fc.boolean(), hostile) }, { requiredKeys: ["ratings"] }) },
  { weight: 1, arbitrary: fc.record({ ratings: fc.array(rating, { maxLength: 3 }), other: fc.string() }) },
  { weight: 1, arbitrary: fc.anything() },
);

describe("validated once, at the boundary", () => {
  it("the compiled validator accepts exactly what the zod AnswerInput schema accepts, and fills in the same default", () => {
    const seen = { valid: 0, invalid: 0 };
    fc.assert(fc.property(body, (b) => {
      const zod = AnswerInput.safeParse(structuredClone(b));
      const compiled = checkAnswerInput(b);
      expect(compiled.success).toBe(zod.success);
      seen[zod.success ? "valid" : "invalid"]++;
      if (compiled.success && zod.success) expect(compiled.data.submit).toBe(zod.data.submit);
      if (!compiled.success) for (const issue of compiled.issues) expect(typeof issue.path).toBe("string");
    }), { numRuns: 3000 });
    expect(seen.valid).toBeGreaterThan(100);
    expect(seen.invalid).toBeGreaterThan(100);
  });

  it("PUT refuses a value outside 1–5 with 422 and the dotted path; the store is never asked", async () => {
    const f = await makeFixture();
    const put = vi.spyOn(f.deps.store, "putAnswer");
    const ratings = [{ target: "mPpt", item: "timely", value: 3 }, { target: "mNurse", item: "respect", value: 6 }];
    const res = await putApi(f, f.tokens.mPhysio, { ratings });
    expect(res.status).toBe(422);
    expect((await res.json()).error.issues).toEqual([{ path: "ratings.1.value", code: "maximum", message: "must be <= 5" }]);
    expect(put).not.toHaveBeenCalled();
  });

  it("the form refuses a value outside 1–5 as an invalid field (400, re-rendered) and stores nothing", async () => {
    const f = await makeFixture();
    const fields = { ...fullForm(f, "mPhysio"), "r.mPpt.timely": "7" };
    const res = await postForm(f, f.tokens.mPhysio, fields, "submit");
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('id="e-mPpt-timely"');
    expect(await f.deps.store.getAnswer("r1", "mPhysio")).toBeUndefined();
  });

  it.each([
    ["memory", async () => createMemoryStore()],
    ["file", async () => openFileStore(tempDir())],
  ])("the %s store trusts its typed input: no second check of the values", async (_name, open) => {
    const store = await open();
    await seedCaseWithRound(store);
    const unchecked = { roundId: "r1", memberId: "m0", ratings: [{ target: "m1", item: "timely", value: 9 }], submitted: false, updatedAt: "2025-01-01T10:00:00.000Z", submittedAt: null } as AnswerSet;
    await store.putAnswer(unchecked);
    expect((await store.getAnswer("r1", "m0"))?.ratings).toEqual([{ target: "m1", item: "timely", value: 9 }]);
    await store.close();
  });
});
