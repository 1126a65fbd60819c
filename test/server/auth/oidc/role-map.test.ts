// The role map: schema errors an IT department can act on, and mapClaims on tiny maps worked out by hand.
import { describe, expect, it } from "vitest";
import { mapClaims, RoleMap } from "../../../../server/auth/oidc/role-map.ts";

const map = RoleMap.parse({
  claim: "roles",
  groups: {
    "Laget.Facilitator.Heimdal": { role: "facilitator", districts: ["Heimdal"] },
    "Laget.Facilitator.Lerkendal": { role: "facilitator", districts: ["Lerkendal", "Heimdal"] },
    "Laget.Evaluator": { role: "evaluator", districts: ["Østbyen"] },
    "Laget.Admin": { role: "admin" },
  },
  rules: [
    { claim: "email", endsWith: "@byasen.skole.no", role: "facilitator", districts: ["Byåsen"] },
    { claim: "oid", equals: "1f5a9c1e-0000-4000-8000-000000000001", role: "admin" },
  ],
});

describe("mapClaims", () => {
  it("no match → undefined (the user is refused)", () => {
    expect(mapClaims(map, {})).toBeUndefined();
    expect(mapClaims(map, { roles: ["Something.Else"], email: "x@byasen.skole.no.evil.test" })).toBeUndefined();
    // The groups claim is `roles` here: the same value under `groups` does not count.
    expect(mapClaims(map, { groups: ["Laget.Admin"] })).toBeUndefined();
  });

  it("one group → its grant; a single string counts like a one-element list; case does not matter", () => {
    expect(mapClaims(map, { roles: ["Laget.Evaluator"] })).toEqual({ role: "evaluator", districts: ["Østbyen"] });
    expect(mapClaims(map, { roles: "laget.facilitator.heimdal" })).toEqual({ role: "facilitator", districts: ["Heimdal"] });
  });

  it("two facilitator groups → the sorted union of their districts (Heimdal ∪ {Lerkendal, Heimdal} = Heimdal, Lerkendal)", () => {
    expect(mapClaims(map, { roles: ["Laget.Facilitator.Lerkendal", "Laget.Facilitator.Heimdal"] })).toEqual({
      role: "facilitator",
      districts: ["Heimdal", "Lerkendal"],
    });
  });

  it("the highest role wins and only its districts are kept: facilitator (Heimdal) + evaluator (Østbyen) → facilitator, Heimdal", () => {
    expect(mapClaims(map, { roles: ["Laget.Evaluator", "Laget.Facilitator.Heimdal"] })).toEqual({ role: "facilitator", districts: ["Heimdal"] });
    expect(mapClaims(map, { roles: ["Laget.Evaluator", "Laget.Admin"] })).toEqual({ role: "admin", districts: [] });
  });

  it("rules: endsWith on a claim (case-insensitive), equals on another; they combine with groups", () => {
    expect(mapClaims(map, { email: "Kari@Byasen.Skole.no" })).toEqual({ role: "facilitator", districts: ["Byåsen"] });
    expect(mapClaims(map, { email: "kari@byasen.skole.no", roles: ["Laget.Facilitator.Heimdal"] })).toEqual({
      role: "facilitator",
      districts: ["Byåsen", "Heimdal"],
    });
    expect(mapClaims(map, { oid: "1F5A9C1E-0000-4000-8000-000000000001", email: "kari@byasen.skole.no" })).toEqual({ role: "admin", districts: [] });
  });

  it("numbers and booleans compare as text; objects and nested lists are no value", () => {
    const m = RoleMap.parse({ groups: { "42": { role: "evaluator" }, true: { role: "admin" } } });
    expect(mapClaims(m, { groups: [42] })).toEqual({ role: "evaluator", districts: [] });
    expect(mapClaims(m, { groups: [{ id: "42" }, ["42"]] })).toBeUndefined();
    expect(mapClaims(m, { groups: true })).toEqual({ role: "admin", districts: [] });
  });
});

describe("RoleMap schema", () => {
  const issues = (input: unknown) => {
    const r = RoleMap.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };

  it("defaults: the groups claim is `groups`, districts empty", () => {
    expect(RoleMap.parse({ groups: { g: { role: "admin" } } })).toEqual({ claim: "groups", groups: { g: { role: "admin", districts: [] } }, rules: [] });
  });

  it("names the path of each problem", () => {
    expect(issues({})).toEqual([": the map grants no role to anyone: add groups or rules"]);
    expect(issues({ groups: { g: { role: "boss" } } })[0]).toMatch(/^groups\.g\.role: /);
    expect(issues({ groups: { g: { role: "facilitator" } } })).toEqual(["groups.g.districts: a facilitator needs at least one district"]);
    expect(issues({ rules: [{ claim: "email", role: "admin" }] })).toEqual(["rules.0: give exactly one of equals or endsWith"]);
    expect(issues({ rules: [{ claim: "email", equals: "a", endsWith: "b", role: "admin" }] })).toEqual(["rules.0: give exactly one of equals or endsWith"]);
    expect(issues({ groups: { g: { role: "admin", district: ["x"] } } })[0]).toMatch(/^groups\.g: Unrecognized key/);
    expect(issues({ grups: {} })[0]).toMatch(/Unrecognized key/);
  });
});
