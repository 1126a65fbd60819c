// familyBand: means of respondent means per theme, the team's contrast, suppression and what never counts.
import { describe, expect, it } from "vitest";
import { familyBand, type FamilyBandInput } from "../../../analysis/voices/index.ts";
import { CHILD_8_12_V1 } from "../../../surveys/voices/child.ts";
import { FAMILY_V1 } from "../../../surveys/voices/family.ts";

const themeOf = {
  family: Object.fromEntries(FAMILY_V1.items.map((i) => [i.id, i.group])),
  child: Object.fromEntries(CHILD_8_12_V1.items.map((i) => [i.id, i.group])),
};
const members = [
  { id: "t", role: "SKLær", family: false },
  { id: "h", role: "HEGE", family: false },
  { id: "mor", role: "FORÆ", family: true },
  { id: "far", role: "FORÆ", family: true },
];
const base = (over: Partial<FamilyBandInput> = {}): FamilyBandInput => ({ themeOf, voices: [], team: [], members, childIncluded: false, ...over });

describe("familyBand", () => {
  it("averages each respondent first, so many member answers do not outweigh a short answer", () => {
    const band = familyBand(base({
      voices: [
        { respondent: "mor", kind: "family", ratings: [{ target: "_team", item: "listened", value: 1 }, { target: "t", item: "memberListened", value: 3 }, { target: "h", item: "memberListened", value: 5 }] },
        { respondent: "far", kind: "family", ratings: [{ target: "_team", item: "listened", value: 4 }] },
      ],
    }));
    const listened = band.themes.find((x) => x.theme === "listened")!;
    expect(listened.family).toEqual({ mean: (3 + 4) / 2, n: 2, hidden: false });
    expect(listened.child).toBeNull();
    expect(band.identifiable.family).toBe(false);
    expect(band.byRole.find((r) => r.role === "SKLær")).toEqual({ role: "SKLær", mean: null, n: 1, hidden: true });
  });

  it("declined (empty) and all-N/A answer sets are not respondents", () => {
    const band = familyBand(base({
      voices: [
        { respondent: "mor", kind: "family", ratings: [] },
        { respondent: "far", kind: "family", ratings: [{ target: "_team", item: "timely", value: null }] },
      ],
    }));
    expect(band.respondents.family).toBe(0);
    expect(band.themes.every((x) => x.family.hidden && x.family.mean === null)).toBe(true);
  });

  it("team contrast: about colleagues and about the family seats separately; no counterpart → null", () => {
    const band = familyBand(base({
      team: [
        { rater: "t", target: "h", item: "timely", value: 2 },
        { rater: "t", target: "h", item: "accurate", value: 5 },
        { rater: "h", target: "t", item: "timely", value: 4 },
        { rater: "h", target: "t", item: "timely", value: null },
        { rater: "h", target: "mor", item: "timely", value: 1 },
      ],
    }));
    const timely = band.themes.find((x) => x.theme === "timely")!;
    expect(timely.team).toEqual({ mean: 3, n: 2 });
    expect(timely.teamWithFamily).toEqual({ mean: 1, n: 1 });
    expect(band.themes.find((x) => x.theme === "whoToAsk")!.team).toBeNull();
  });

  it("minRespondents hides a single voice when asked to; the child row appears when included", () => {
    const voices = [{ respondent: "_child", kind: "child" as const, ratings: [{ target: "_team", item: "ownSay", value: 2 }] }];
    const open = familyBand(base({ voices, childIncluded: true }));
    expect(open.themes.find((x) => x.theme === "ownSay")!.child).toEqual({ mean: 2, n: 1, hidden: false });
    const strict = familyBand(base({ voices, childIncluded: true }), { minRespondents: 2 });
    expect(strict.themes.find((x) => x.theme === "ownSay")!.child).toEqual({ mean: null, n: 1, hidden: true });
  });
});
