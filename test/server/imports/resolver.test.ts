// MemberResolver in linear time: 7 600 new member ids resolve in well under a second.
import { describe, expect, it } from "vitest";
import { MemberResolver } from "../../../server/services/imports/members.ts";
import type { Member } from "../../../domain/index.ts";
import { fnr } from "../../domain/fnr.ts";

describe("MemberResolver", () => {
  it("resolves 7 600 new long-file member ids in under a second", () => {
    const resolver = new MemberResolver("c1", []);
    const start = performance.now();
    for (let i = 0; i < 7600; i++) {
      const r = resolver.longMember(`m${i}`, "SR");
      if ("error" in r) throw new Error(r.error);
    }
    const ms = performance.now() - start;
    process.stdout.write(`[hostile] resolver: 7600 new members in ${ms.toFixed(0)} ms\n`);
    expect(ms).toBeLessThan(1000);
    expect(resolver.added).toHaveLength(7600);
    expect(new Set(resolver.added.map((m) => m.id)).size).toBe(7600);
  });

  it("still refuses two file keys that would be one member, and finds existing members by id and label", () => {
    const existing: Member[] = [
      { id: "p1", caseId: "c1", role: "PPT", label: "Kari" },
      { id: "h1", caseId: "c1", role: "HEGE", label: "" },
    ];
    const resolver = new MemberResolver("c1", existing);
    expect(resolver.matrixLabel("Kari")).toEqual({ member: existing[0] });
    expect(resolver.matrixLabel("p1")).toEqual({ error: `"p1" and "Kari" would be the same member of the case.` });
    expect(resolver.matrixLabel("HEGE")).toEqual({ member: existing[1] });
    expect(resolver.matrixLabel("Kari")).toEqual({ member: existing[0] });
    expect(resolver.longMember("x1", "PPT")).toMatchObject({ member: { role: "PPT", label: "x1" } });
  });

  it("plans new members through the input schema: a label with a national id number or a bidi control is refused", () => {
    const resolver = new MemberResolver("c1", []);
    const id = fnr("010190");
    expect(resolver.longMember(`${id.slice(0, 6)}-${id.slice(6)} x`, "PPT")).toMatchObject({ error: expect.stringMatching(/national id number/) });
    expect(resolver.matrixLabel("PPT \u202Eadmin")).toMatchObject({ error: expect.stringMatching(/text-direction/) });
  });
});
