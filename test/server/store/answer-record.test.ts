// Answer records: the tuple form round-trips exactly, and start-up accepts exactly the records the zod AnswerSet schema accepts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AnswerSet } from "../../../domain/index.ts";
import { decodeAnswer, encodeAnswer, parseAnswerRecord } from "../../../server/store/answer-record.ts";

const text = (maxLength: number) => fc.string({ maxLength, unit: fc.oneof(fc.constantFrom("a", "Z", "0", "_", "-", " ", "ø", "\u0001", '"', "\\"), fc.constantFrom("😀", "\ud800")) });
const id = fc.oneof({ weight: 8, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/) }, { weight: 1, arbitrary: text(70) });
const time = fc.oneof(
  { weight: 8, arbitrary: fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }).map((d) => d.toISOString()) },
  { weight: 1, arbitrary: fc.constantFrom("2025-01-01T10:00:00+01:00", "2025-01-01", "2025-02-30T10:00:00Z", "yesterday", "") },
);
const value = fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 0, max: 6 }) }, { weight: 3, arbitrary: fc.constant(null) }, fc.double(), fc.constant("3"));
const item = fc.oneof({ weight: 3, arbitrary: text(45) }, { weight: 3, arbitrary: fc.constant("timely") }, fc.constant("😀".repeat(20)), fc.constant("😀".repeat(21)));
const rating = fc.record({ target: id, item, value });
const answer = fc.record({
  roundId: id, memberId: id, ratings: fc.array(rating, { maxLength: 6 }), submitted: fc.oneof({ weight: 8, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constant(1) }),
  updatedAt: time, submittedAt: fc.oneof(time, fc.constant(null), fc.constant(undefined)),
}, { requiredKeys: ["roundId", "memberId", "ratings", "submitted", "updatedAt"] });
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
  it("start-up accepts exactly the records the zod AnswerSet schema accepts, in the object and the tuple form", () => {
    const seen = { valid: 0, invalid: 0 };
    fc.assert(fc.property(answer.map((a) => JSON.parse(JSON.stringify(a)) as typeof a), (a) => {
      const zod = AnswerSet.safeParse(a).success; // judged on what a file can hold (JSON: no NaN or Infinity)
      seen[zod ? "valid" : "invalid"]++;
      expect(accepts(() => parseAnswerRecord(JSON.stringify(a)))).toBe(zod);
      const tuples = { ...a, ratings: a.ratings.map((r) => [r.target, r.item, r.value]) };
      expect(accepts(() => parseAnswerRecord(JSON.stringify(tuples)))).toBe(zod);
    }), { numRuns: 2000 });
    expect(seen.valid).toBeGreaterThan(20); // both sides of the schema were tried
    expect(seen.invalid).toBeGreaterThan(20);
  });

  it("names the dotted path of a bad field", () => {
    const bad = { roundId: "r", memberId: "m", ratings: [["t", "timely", 3], ["t", "respect", 9]], submitted: true, updatedAt: "2025-01-01T10:00:00.000Z" };
    expect(() => parseAnswerRecord(JSON.stringify(bad))).toThrow(/ratings\.1\.value/);
  });

  it("round-trips through the tuple form, including escapes and N/A", () => {
    fc.assert(fc.property(validAnswer, (a) => {
      expect(decodeAnswer(encodeAnswer(a))).toEqual(AnswerSet.parse(a));
    }), { numRuns: 500 });
    const odd = AnswerSet.parse({ roundId: "r", memberId: "m", ratings: [{ target: "t", item: 'a"b\\c\u0001 ø', value: null }], submitted: false, updatedAt: "2025-01-01T10:00:00.000Z" });
    expect(parseAnswerRecord(encodeAnswer(odd))).toEqual(odd);
    expect(encodeAnswer(odd)).toBe('{"roundId":"r","memberId":"m","submitted":false,"updatedAt":"2025-01-01T10:00:00.000Z","submittedAt":null,"ratings":[["t","a\\"b\\\\c\\u0001 ø",null]]}');
  });

  it("reads the older object form of a record too", () => {
    const a = AnswerSet.parse({ roundId: "r", memberId: "m", ratings: [{ target: "t", item: "timely", value: 4 }], submitted: true, updatedAt: "2025-01-01T10:00:00.000Z" });
    expect(parseAnswerRecord(JSON.stringify(a))).toEqual(a);
    expect(encodeAnswer(a).length).toBeLessThan(JSON.stringify(a).length);
  });
});
