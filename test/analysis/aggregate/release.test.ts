// publishRelease: input checks naming the field, period order, carried values, links that survive JSON, and erasure of a case from the links.
import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import { StoredRelease } from "../../../domain/release.ts";
import { forgetCases, publishRelease } from "../../../analysis/aggregate/index.ts";
import type { PackedContribution, Release, ReleaseContribution, ReleaseLinks } from "../../../analysis/aggregate/release-types.ts";
import { newlyDetermined } from "./release-model.ts";
import { town } from "./town.ts";

const options = { id: "r1", publishedAt: "2026-06-30T00:00:00Z", minCases: 5, threshold: 3.5 };
const kase = (caseKey: string, period: string, score: number, closedAt = "2025-12-01T00:00:00Z"): ReleaseContribution => ({
  caseKey, district: "Heimdal", unit: "Skole A", period, closedAt,
  scores: [{ rater: "SR", target: "PPT", score }],
});

describe("publishRelease input", () => {
  it("rejects bad contributions and options, naming publishRelease and the field", () => {
    const ok = kase("a", "P", 3);
    const bad: [unknown, unknown, RegExp][] = [
      ["x", options, /^publishRelease: contributions must be an array/],
      [[{ ...ok, caseKey: "" }], options, /^publishRelease: contributions\[0\]\.caseKey: /],
      [[{ ...ok, scores: [{ rater: "SR", target: "PPT", score: 6 }] }], options, /^publishRelease: contributions\[0\]\.scores\[0\]: score must be a number from 1 to 5/],
      [[{ ...ok, scores: [{ rater: "SR", target: "SR", score: 3 }] }], options, /scores\[0\]: rater and target must be different roles/],
      [[{ ...ok, scores: [ok.scores[0], ok.scores[0]] }], options, /scores\[1\]: the pair SR→PPT appears twice/],
      [[ok, ok], options, /contributions\[1\]: case "a" appears twice in period "P"/],
      [[ok], { ...options, minCases: 0 }, /^publishRelease: option "minCases"/],
      [[ok], { ...options, threshold: 7 }, /^publishRelease: option "threshold"/],
      [[ok], { ...options, extra: 1 }, /^publishRelease: option "extra"/],
      [[ok], { ...options, previous: { release: {}, links: { format: 2 } } }, /^publishRelease: option "previous/],
    ];
    for (const [data, opts, message] of bad) expect(() => publishRelease(data as never, opts as never)).toThrow(message);
  });

  it("reads packed scores as the listed ones, and names what is wrong in them", () => {
    const data = town(11, { cases: 60, districts: 2, unitsPerDistrict: 3, roles: 4, periods: 2, again: 0.7 });
    const pack = (c: ReleaseContribution): PackedContribution => {
      const roles = [...new Set(c.scores.flatMap((s) => [s.rater, s.target]))].reverse();
      return { ...c, scores: { roles, flat: c.scores.flatMap((s) => [roles.indexOf(s.rater), roles.indexOf(s.target), s.score]) } };
    };
    const packed = data.map(pack);
    expect(packed.some((c) => c.scores.flat.length > 6)).toBe(true);
    expect(publishRelease(packed, options)).toEqual(publishRelease(data, options));
    const one = pack(kase("a", "P", 3));
    expect(() => publishRelease([{ ...one, scores: { roles: ["SR"], flat: [0, 1, 3] } }], options)).toThrow(/contributions\[0\]\.scores\[0\]: target must be a non-empty string/);
    expect(() => publishRelease([{ ...one, scores: { roles: ["SR", "PPT"], flat: [0, 1] } }], options)).toThrow(/contributions\[0\]\.scores: must be an array, or packed as \{ roles, flat \}/);
    expect(() => publishRelease([{ ...one, scores: { roles: ["SR", "PPT"], flat: [0, 1, 3, 0, 1, 4] } }], options)).toThrow(/scores\[1\]: the pair SR→PPT appears twice/);
  });

  it("orders periods by their earliest close, and publishes only periods with a group of at least minCases", () => {
    const data = [
      ...[1, 2, 3, 4, 5].map((s, i) => kase(`a${i}`, "Vår 2026", s, "2026-05-01T00:00:00Z")),
      ...[1, 2, 3, 4, 5].map((s, i) => kase(`a${i}`, "Høst 2025", s, "2025-11-01T00:00:00Z")),
      kase("z", "Ekstra", 2, "2025-01-01T00:00:00Z"),
    ];
    const { release } = publishRelease(data, options);
    expect(release.periods).toEqual(["Høst 2025", "Vår 2026"]);
    expect(release.changeTables.map((t) => [t.from, t.to])).toEqual([["Høst 2025", "Vår 2026"]]);
    expect(JSON.stringify(release)).not.toContain("Ekstra");
  });
});

describe("links between releases", () => {
  const data = town(7, { cases: 40, districts: 2, unitsPerDistrict: 2, roles: 3, periods: 2, again: 0.8 });

  it("match the stored schema (domain/release.ts) in type and in value", () => {
    expectTypeOf<Release>().toExtend<z.infer<typeof StoredRelease>["release"]>();
    expectTypeOf<ReleaseLinks>().toExtend<z.infer<typeof StoredRelease>["links"]>();
    const first = publishRelease(data, options);
    expect(StoredRelease.parse({ ...first, history: [{ id: "r1", publishedAt: options.publishedAt, publishedBy: null }] }).release).toEqual(first.release);
  });

  it("survive a JSON round trip: the next release is the same whether its links were stored or not", () => {
    const first = publishRelease(data, options);
    const stored = JSON.parse(JSON.stringify(first));
    const more = [...data, ...town(8, { cases: 7, districts: 2, unitsPerDistrict: 2, roles: 3, periods: 2, again: 0.8 }).map((c) => ({ ...c, caseKey: `m${c.caseKey}` }))];
    const a = publishRelease(more, { ...options, id: "r2", previous: first });
    const b = publishRelease(more, { ...options, id: "r2", previous: stored });
    expect(b).toEqual(a);
  });

  it("forgetCases removes a case's keys and keeps it as a phantom: its departure still cannot be read", () => {
    const first = publishRelease(data, options);
    const gone = data[0].caseKey;
    const links = forgetCases(first.links, [gone]);
    expect(JSON.stringify(links.keys)).not.toContain(`"${gone}"`);
    expect(links.keys.length).toBeLessThan(first.links.keys.length);
    const without = data.filter((c) => c.caseKey !== gone);
    const second = publishRelease(without, { ...options, id: "r2", previous: { release: first.release, links } });
    expect(newlyDetermined([{ release: first.release, contributions: data }, { release: second.release, contributions: without }])).toEqual([]);
  });
});
