// The PUT fast path agrees with the full checks: acceptAnswers accepts only what zod + checkRatings (+ missingCells) accept, and apiStateJson equals JSON.stringify(apiState).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AnswerInput } from "../../../domain/index.ts";
import { checkRatings, missingCells, orderRatings } from "../../../surveys/answers.ts";
import { acceptAnswers } from "../../../server/routes/survey/answer-check.ts";
import { apiStateJson } from "../../../server/routes/survey/api-json.ts";
import { apiState } from "../../../server/routes/survey/api-state.ts";
import { loadSurvey } from "../../../server/routes/survey/context.ts";
import { ITEMS, makeFixture } from "./fixture.ts";

const TARGETS = ["mTeacher", "mPpt", "mNurse", "mParent", "mKoord", "mPhysio", "x", "bad id"];
const rating = fc.record(
  {
    target: fc.oneof(fc.constantFrom(...TARGETS), fc.string()),
    item: fc.oneof(fc.constantFrom(...ITEMS, "nope"), fc.string()),
    value: fc.oneof(fc.constantFrom(1, 2, 3, 4, 5, null), fc.integer({ min: -2, max: 8 }), fc.double(), fc.string()),
    extra: fc.string(),
  },
  { requiredKeys: ["target", "item", "value"] },
);
const body = fc.oneof(
  fc.record({ ratings: fc.array(rating, { maxLength: 40 }), submit: fc.constantFrom(true, false, null, "yes") }, { requiredKeys: ["ratings"] }),
  fc.record({ ratings: fc.array(rating, { maxLength: 5 }), other: fc.string() }),
  fc.anything(),
);

describe("PUT /api/s/:token fast path", () => {
  it("accepts exactly what the full checks accept, with the same ordered ratings", async () => {
    const f = await makeFixture();
    const ctx = (await loadSurvey(f.deps, f.tokens.mPhysio))!;
    const full = ITEMS.flatMap((item) => ["mTeacher", "mPpt", "mNurse", "mParent", "mKoord"].map((target) => ({ target, item, value: 3 })));
    const samples = [{ ratings: full, submit: true }, { ratings: full.slice(1), submit: true }, { ratings: full.slice(3) }, { ratings: [...full, full[0]] }];
    const check = (b: unknown) => {
      const fast = acceptAnswers(b, ctx.scope);
      const parsed = AnswerInput.safeParse(b);
      const ok = parsed.success && checkRatings(parsed.data.ratings, ctx.scope).length === 0 && (!parsed.data.submit || missingCells(parsed.data.ratings, ctx.scope).length === 0);
      if (fast) {
        expect(ok).toBe(true);
        expect(fast).toEqual({ ratings: orderRatings(parsed.data!.ratings, ctx.scope), submit: parsed.data!.submit });
      } else if (parsed.success) {
        // The fast path may decline, never accept what the full path refuses; valid in-scope sets must take it.
        expect(ok).toBe(false);
      }
    };
    for (const b of samples) check(b);
    expect(acceptAnswers(samples[0], ctx.scope)).toBeDefined();
    fc.assert(fc.property(body, (b) => check(b)), { numRuns: 2000 });
  });

  it("builds the same JSON as apiState", async () => {
    const f = await makeFixture();
    for (const lang of ["nb", "nn", "en"] as const) {
      const ctx = (await loadSurvey(f.deps, f.tokens.mParent))!;
      const answer = { roundId: "r1", memberId: "mParent", ratings: [{ target: "mPpt", item: ITEMS[0], value: null }, { target: 'a"b', item: "ø\\", value: 5 }], submitted: true, updatedAt: "2025-03-10T09:00:00.000Z", submittedAt: null };
      expect(apiStateJson(ctx, lang)).toBe(JSON.stringify(apiState(ctx, lang)));
      expect(apiStateJson(ctx, lang, answer)).toBe(JSON.stringify(apiState(ctx, lang, answer)));
    }
  });
});
