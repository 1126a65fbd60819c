// The compiled StoredRelease check judges exactly as the zod schema: valid releases and documents mutated at any path.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { publishRelease } from "../../analysis/aggregate/index.ts";
import { StoredRelease } from "../../domain/release.ts";
import { checkStoredRelease, storedRelease, validRelease } from "../../domain/release-check.ts";
import { town } from "../analysis/aggregate/town.ts";

const first = publishRelease(town(5, { cases: 30, districts: 2, unitsPerDistrict: 2, roles: 3, periods: 2, again: 0.8 }), {
  id: "r1", publishedAt: "2026-06-30T00:00:00Z", minCases: 5, threshold: 3.5,
});
const second = publishRelease(town(6, { cases: 30, districts: 2, unitsPerDistrict: 2, roles: 3, periods: 3, again: 0.8 }), {
  id: "r2", publishedAt: "2026-07-30T00:00:00Z", minCases: 5, threshold: 3.5, previous: first,
});
const base: StoredRelease = JSON.parse(JSON.stringify({
  ...second,
  history: [{ id: "r1", publishedAt: "2026-06-30T00:00:00Z", publishedBy: "u1" }, { id: "r2", publishedAt: "2026-07-30T00:00:00Z", publishedBy: null }],
}));

type Container = Record<string, unknown> | unknown[];

/** Every object and array in `value` (the document's own containers, in walk order). */
function containers(value: unknown, out: Container[] = []): Container[] {
  if (value && typeof value === "object") {
    out.push(value as Container);
    for (const v of Object.values(value)) containers(v, out);
  }
  return out;
}

const hostile = fc.oneof(
  fc.string({ maxLength: 4 }), fc.double(), fc.integer({ min: -3, max: 9 }), fc.constant(1.5), fc.constant(-1), fc.constant(null),
  fc.constant(undefined), fc.boolean(), fc.constant({}), fc.constant([]), fc.constantFrom("all", "period", "change", "total", "unit"),
  fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY), fc.constant(2 ** 60), fc.tuple(fc.string(), fc.string()), fc.tuple(fc.integer(), fc.integer()),
);
/** One change at one container: replace a value, delete a key or element, add a key, or push a value. */
const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom("replace", "delete", "add", "push"),
  pick: fc.nat(),
  value: hostile,
  key: fc.constantFrom("extra", "id", "cells", "__proto__", "x"),
});

function mutate(doc: StoredRelease, changes: { at: number; kind: string; pick: number; value: unknown; key: string }[]): unknown {
  for (const m of changes) {
    const all = containers(doc);
    const target = all[m.at % all.length];
    const keys = Object.keys(target);
    const key = keys.length ? keys[m.pick % keys.length] : undefined;
    if (m.kind === "replace" && key !== undefined) (target as Record<string, unknown>)[key] = m.value;
    else if (m.kind === "delete" && key !== undefined) {
      if (Array.isArray(target)) target.splice(Number(key), 1);
      else delete target[key];
    } else if (m.kind === "add" && !Array.isArray(target)) Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    else if (Array.isArray(target)) target.push(m.value);
  }
  return doc;
}

describe("checkStoredRelease", () => {
  it("accepts the published release and refuses an empty object, naming the paths", () => {
    expect(StoredRelease.safeParse(base).success).toBe(true);
    expect(checkStoredRelease(base)).toEqual({ success: true, data: base });
    const bad = checkStoredRelease({ ...base, release: { ...base.release, minCases: 2.5 } });
    expect(bad.success).toBe(false);
    expect(!bad.success && bad.issues.map((i) => i.path)).toEqual(["release.minCases"]);
    expect(() => validRelease({})).toThrow(expect.objectContaining({ name: "LagetError", kind: "invalid", code: "invalid_release" }));
    expect(() => storedRelease({ ...base, history: [{}] })).toThrow(/damaged at history\.0\.id/);
  });

  it("agrees with StoredRelease.safeParse on valid and mutated documents", () => {
    const seen = { valid: 0, invalid: 0 };
    fc.assert(fc.property(fc.array(mutation, { minLength: 0, maxLength: 3 }), (changes) => {
      const doc = mutate(structuredClone(base), changes);
      const zod = StoredRelease.safeParse(doc);
      const compiled = checkStoredRelease(doc);
      expect(compiled.success, JSON.stringify(changes)).toBe(zod.success);
      seen[zod.success ? "valid" : "invalid"]++;
      if (!compiled.success) for (const issue of compiled.issues) expect(typeof issue.path).toBe("string");
    }), { numRuns: 1500 });
    expect(seen.valid).toBeGreaterThan(100);
    expect(seen.invalid).toBeGreaterThan(100);
  });

  it("agrees on arbitrary values in place of the whole document or one of its parts", () => {
    fc.assert(fc.property(fc.anything(), fc.constantFrom("release", "links", "history"), (value, part) => {
      expect(checkStoredRelease(value).success).toBe(StoredRelease.safeParse(value).success);
      const doc = { ...base, [part]: value };
      expect(checkStoredRelease(doc).success).toBe(StoredRelease.safeParse(doc).success);
    }), { numRuns: 1000 });
  });
});
