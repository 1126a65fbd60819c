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
    // mor (1 + 3 + 5) / 3 = 3, far 4.
    expect(band.overall.family).toEqual({ mean: 3.5, n: 2, hidden: false });
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

  it("never shows one person's answer: themes need two respondents, the lone voice shows only over all its answers", () => {
    const child = [{ respondent: "_child", kind: "child" as const, ratings: [{ target: "_team", item: "ownSay", value: 2 }] }];
    const one = familyBand(base({ voices: child, childIncluded: true }), { minRespondents: 1 });
    expect(one.minRespondents).toBe(2);
    expect(one.themes.find((x) => x.theme === "ownSay")!.child).toEqual({ mean: null, n: 1, hidden: true });
    // One answer in all: its overall value would be that answer.
    expect(one.overall.child).toEqual({ mean: null, n: 1, hidden: true });
    expect(one.identifiable.child).toBe(true);

    const answers = [["listened", 1], ["whoToAsk", 5], ["tellOnce", 2], ["knowEachOther", 4], ["timely", 5], ["ownSay", null]] as const;
    const six = familyBand(base({ voices: [{ respondent: "_child", kind: "child", ratings: answers.map(([item, value]) => ({ target: "_team", item, value })) }], childIncluded: true }));
    expect(six.themes.every((x) => x.child?.hidden && x.child.mean === null)).toBe(true);
    // (1 + 5 + 2 + 4 + 5) / 5 answered = 3.4; N/A is missing.
    expect(six.overall.child).toEqual({ mean: 3.4, n: 1, hidden: false });
    expect(six.overall.family).toEqual({ mean: null, n: 0, hidden: true });
  });

  it("two parents: each theme from both, the overall value as the mean of the two parents' means", () => {
    const band = familyBand(base({
      voices: [
        { respondent: "mor", kind: "family", ratings: [{ target: "_team", item: "timely", value: 2 }, { target: "_team", item: "listened", value: 4 }] },
        { respondent: "far", kind: "family", ratings: [{ target: "_team", item: "timely", value: 5 }] },
      ],
    }));
    expect(band.themes.find((x) => x.theme === "timely")!.family).toEqual({ mean: 3.5, n: 2, hidden: false });
    expect(band.themes.find((x) => x.theme === "listened")!.family).toEqual({ mean: null, n: 1, hidden: true });
    // mor (2 + 4) / 2 = 3, far 5: (3 + 5) / 2 = 4.
    expect(band.overall.family).toEqual({ mean: 4, n: 2, hidden: false });
    expect(band.overall.child).toBeNull();
  });

  it("the team's view of the family only over family seats shown; team means from two raters when asked", () => {
    const team = [
      { rater: "t", target: "h", item: "timely", value: 2 },
      { rater: "t", target: "mor", item: "timely", value: 1 },
      { rater: "h", target: "far", item: "timely", value: 5 },
    ];
    const one = familyBand(base({ team, hiddenFamily: ["far"] }));
    const timely = (b: ReturnType<typeof familyBand>) => b.themes.find((x) => x.theme === "timely")!;
    expect(timely(one).teamWithFamily).toEqual({ mean: 1, n: 1 });
    const none = familyBand(base({ team, hiddenFamily: ["mor", "far"] }));
    expect(timely(none).teamWithFamily).toEqual({ mean: null, n: 0, hidden: true });
    const strict = familyBand(base({ team }), { minTeamRaters: 2 });
    expect(timely(strict).team).toEqual({ mean: null, n: 1, hidden: true });
    expect(timely(strict).teamWithFamily).toEqual({ mean: 3, n: 2 });
  });
});
