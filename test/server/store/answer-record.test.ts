// The store's fast answer check agrees with the zod schema, and the compact record form round-trips exactly.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AnswerSet } from "../../../domain/index.ts";
import { checkAnswerSet, decodeAnswer, encodeAnswer, parseAnswerRecord } from "../../../server/store/answer-record.ts";

const id = fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), fc.string({ maxLength: 70 }));
const time = fc.oneof(
  fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom("2025-01-01T10:00:00+01:00", "2025-01-01", "yesterday", ""),
);
const value = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constant(null), fc.double(), fc.constant("3"));
const rating = fc.record({ target: id, item: fc.oneof(fc.string({ minLength: 0, maxLength: 45 }), fc.constant("timely")), value });
const answer = fc.record({
  roundId: id, memberId: id, ratings: fc.array(rating, { maxLength: 20 }), submitted: fc.oneof(fc.boolean(), fc.constant(1)),
  updatedAt: time, submittedAt: fc.oneof(time, fc.constant(null), fc.constant(undefined)),
});
const validAnswer = fc.record({
  roundId: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), memberId: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
  ratings: fc.array(fc.record({ target: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), item: fc.string({ minLength: 1, maxLength: 40 }), value: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(null)) }), { maxLength: 30 }),
  submitted: fc.boolean(), updatedAt: fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }).map((d) => d.toISOString()),
  submittedAt: fc.constant(null),
});

const accepts = (f: () => unknown) => {
  try {
    f();
    return true;
  } catch {
    return false;
  }
};

describe("answer records", () => {
  it("checkAnswerSet accepts exactly what the zod AnswerSet schema accepts (on generated input)", () => {
    fc.assert(fc.property(answer, (a) => {
          expect(accepts(() => checkAnswerSet(a))).toBe(AnswerSet.safeParse(a).success);
        }), { numRuns: 2000 });
  });

  it("round-trips through the compact form, including escapes and N/A", () => {
    fc.assert(fc.property(validAnswer, (a) => {
          expect(decodeAnswer(encodeAnswer(a))).toEqual(AnswerSet.parse(a));
        }), { numRuns: 500 });
    const odd = AnswerSet.parse({ roundId: "r", memberId: "m", ratings: [{ target: "t", item: 'a"b\\c\u0001 ø', value: null }], submitted: false, updatedAt: "2025-01-01T10:00:00.000Z" });
    expect(parseAnswerRecord(encodeAnswer(odd))).toEqual(odd);
  });

  it("reads the older object form of a record too", () => {
    const a = AnswerSet.parse({ roundId: "r", memberId: "m", ratings: [{ target: "t", item: "timely", value: 4 }], submitted: true, updatedAt: "2025-01-01T10:00:00.000Z" });
    expect(parseAnswerRecord(JSON.stringify(a))).toEqual(a);
    expect(encodeAnswer(a).length).toBeLessThan(JSON.stringify(a).length);
  });
});
