// The three seed matrices ("Tre saker – ulik hjelp?"): weak links written out, case 3 summary by hand.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze, matrixToInput, parseMatrixCsv } from "../../analysis/index.ts";
import { SEED_DIR } from "./helpers.ts";

const seed = (n: number) => {
  const file = `${SEED_DIR}/case-${n}.csv`;
  return analyze(matrixToInput(parseMatrixCsv(readFileSync(file, "utf8"), file)));
};
const links = (n: number) => seed(n).weakLinks.map((w) => `${w.source}>${w.target} ${w.score}`);

describe("seed case 1", () => {
  it("has two weak links, both to SR", () => {
    expect(links(1)).toEqual(["BHG>SR 3", "TALE>SR 3.5"]);
    // 30 rated pairs, everyone answered; 2 weak of 30.
    expect(seed(1).summary).toMatchObject({ nodes: 6, raters: 6, responseRate: 1, weakShare: 2 / 30 });
  });
});

describe("seed case 2", () => {
  it("has eleven weak links, HEGE's 1.8s first, ties by source then target (nb order: SKLed < SKLær)", () => {
    expect(links(2)).toEqual([
      "HEGE>PSYK 1.8", "HEGE>SKLed 1.8", "HEGE>SKLær 1.8", "SKLed>HEGE 1.8",
      "HEGE>SR 2.7",
      "PSYK>HEGE 3.2", "PSYK>SKLær 3.2",
      "FORÆ>SKLed 3.5", "FORÆ>SR 3.5", "PSYK>SR 3.5", "SKLed>SR 3.5",
    ]);
    // SKLær's row is blank: 5 of 6 answered, 25 rated pairs, 11 weak.
    const r = seed(2);
    expect(r.summary).toMatchObject({ nodes: 6, raters: 5, weakShare: 11 / 25 });
    expect(r.summary.responseRate).toBeCloseTo(5 / 6, 12);
    expect(r.nodes.find((n) => n.id === "SKLær")).toMatchObject({ responded: false, outMean: null, weakOut: 0 });
  });
});

describe("seed case 3", () => {
  const r = seed(3);
  it("has nine weak links", () => {
    expect(links(3)).toEqual([
      "HEGE>PSYK 1", "HEGE>ØBC 1",
      "FORÆ>PSYK 1.5", "ØBC>PSYK 1.5",
      "HEGE>SR 1.8", "ØBC>HEGE 1.8",
      "FORÆ>ØBC 2",
      "FORÆ>SR 2.7", "ØBC>FORÆ 2.7",
    ]);
  });
  it("matches the summary of docs/design.md", () => {
    // 16 pairs summing to 48.1 → 3.00625; 9 weak of 16; 7 non-weak edges, 4 of them reciprocated.
    expect(r.summary).toMatchObject({ nodes: 5, raters: 4, responseRate: 0.8, weakShare: 0.5625, alpha: null });
    expect(r.summary.meanScore).toBeCloseTo(3.00625, 12);
    expect(r.summary.reciprocity).toBeCloseTo(4 / 7, 12);
  });
  it("gives HEGE inMean 3.8333, outMean 2.2, weakOut 3, weakIn 1", () => {
    const hege = r.nodes.find((n) => n.id === "HEGE")!;
    expect(hege.inMean).toBeCloseTo(11.5 / 3, 12); // 1.8 + 4.7 + 5.0
    expect(hege.outMean).toBeCloseTo(2.2, 12); // (1 + 1 + 1.8 + 5) / 4
    expect(hege).toMatchObject({ weakOut: 3, weakIn: 1, responded: true });
  });
  it("has SR as the only broker of the non-weak graph", () => {
    // Non-weak: HEGE→FORÆ, ØBC→SR, SR→{HEGE,ØBC,PSYK,FORÆ}, FORÆ→HEGE; SR lies on ØBC→HEGE, ØBC→PSYK, ØBC→FORÆ.
    expect(Object.fromEntries(r.nodes.map((n) => [n.id, n.betweenness]))).toEqual({ HEGE: 0, ØBC: 0, PSYK: 0, SR: 3, FORÆ: 0 });
  });
  it("flags the HEGE/SR and SR/FORÆ asymmetries", () => {
    expect(r.asymmetries.map((a) => [a.a, a.b, a.ab, a.ba])).toEqual([["HEGE", "SR", 1.8, 4.7], ["SR", "FORÆ", 4.5, 2.7]]);
    expect(r.asymmetries[0].gap).toBeCloseTo(2.9, 12);
  });
  it("gives every edge n = 1 and a band", () => {
    expect(r.edges).toHaveLength(16);
    expect(r.edges.every((e) => e.n === 1)).toBe(true);
    expect(r.edges.find((e) => e.source === "ØBC" && e.target === "SR")).toMatchObject({ score: 4.2, weak: false, band: "strong" });
  });
});
