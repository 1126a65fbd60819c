// deepFreeze makes every nested object and array of plain data immutable in place, leaving primitives alone.
import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../server/store/clone.ts";

describe("deepFreeze", () => {
  it("freezes every object and array at any depth, including ones below an already frozen sibling, and returns the value", () => {
    const shared = Object.freeze({ a: [1] }) as { a: number[] };
    const value = { n: 1, s: "x", nil: null, list: [[1, 2], { deep: { deeper: [3] } }], shared, after: { x: [4] } };
    expect(deepFreeze(value)).toBe(value);
    for (const v of [value, value.list, value.list[0], value.list[1], (value.list[1] as { deep: object }).deep, value.after, value.after.x]) expect(Object.isFrozen(v)).toBe(true);
    expect(() => (value.after.x as number[]).push(5)).toThrow(TypeError);
    expect(Object.isFrozen(shared.a)).toBe(false); // a frozen object is taken as frozen through (as the store hands out)
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBe(null);
  });
});
