// Option defaults and validation: every bad option names the function and the option.
import { describe, expect, it } from "vitest";
import { analyze, resolveOptions } from "../../analysis/index.ts";
import { pairInput } from "./helpers.ts";

describe("options", () => {
  it("defaults to threshold 3.5, bands 3.5/4.0, gap 1, all items, by member", () => {
    expect(resolveOptions("f")).toEqual({ threshold: 3.5, bands: { weak: 3.5, moderate: 4 }, asymmetryGap: 1, dimension: "all", by: "member", display: "direction" });
  });
  it("lets the weak band follow the threshold, or the threshold follow bands.weak", () => {
    expect(resolveOptions("f", { threshold: 3 }).bands).toEqual({ weak: 3, moderate: 4 });
    expect(resolveOptions("f", { threshold: 4.2 }).bands).toEqual({ weak: 4.2, moderate: 4.2 });
    expect(resolveOptions("f", { bands: { weak: 3, moderate: 3.8 } }).threshold).toBe(3);
  });
  it.each([
    [{ threshold: 7 }, /analyze: option "threshold"/],
    [{ threshold: "3.5" }, /analyze: option "threshold"/],
    [{ bands: { weak: 4, moderate: 3 } }, /analyze: option "bands.moderate"/],
    [{ threshold: 3, bands: { weak: 3.5, moderate: 4 } }, /analyze: options "threshold" .* disagree/],
    [{ asymmetryGap: 0 }, /analyze: option "asymmetryGap"/],
    [{ dimension: "nope" }, /analyze: option "dimension"/],
    [{ by: "district" }, /analyze: option "by"/],
    [{ treshold: 3 }, /analyze: unknown option "treshold"/],
  ])("rejects %j", (options, message) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect(() => analyze(pairInput(["a", "b"], ["a>b:3"]), options as any)).toThrow(message);
  });
  it("applies a custom threshold and gap", () => {
    const r = analyze(pairInput(["a", "b"], ["a>b:3", "b>a:3.6"]), { threshold: 3, asymmetryGap: 0.5 });
    expect(r.threshold).toBe(3);
    expect(r.weakLinks).toEqual([{ source: "a", target: "b", score: 3 }]);
    expect(r.asymmetries).toHaveLength(1);
  });
});
