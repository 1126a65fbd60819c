// Demo seeding: 3 seed cases + 1 demo case; seed case 3's analysis through the API matches docs/design.md's example.
import { describe, expect, it } from "vitest";
import { seedDemo } from "../../../server/demo/index.ts";
import { serviceContext } from "../../../server/services/context.ts";
import { addUsers, json, makeApp } from "./helpers.ts";

import { seedFiles as readSeedFiles } from "../../seeds.ts";

const seedFiles = readSeedFiles();

describe("demo data", () => {
  it("seeds 3 + 1 cases once, and seed case 3 analyses as in docs/design.md", async () => {
    const t = makeApp();
    await addUsers(t.deps);
    const result = await seedDemo(serviceContext(t.deps), seedFiles);
    expect(result.seeded).toBe(true);
    expect(result.cases.map((c) => [c.code, c.district])).toEqual([
      ["Sak 1", "Heimdal"],
      ["Sak 2", "Lerkendal"],
      ["Sak 3", "Østbyen"],
      ["Demo", "Midtbyen"],
    ]);
    // Four members plus the child's link; the parent seat answers the family form.
    expect(result.links.map((l) => l.form)).toEqual(["team", "team", "team", "family", "child"]);
    expect((await seedDemo(serviceContext(t.deps), seedFiles)).seeded).toBe(false);

    const admin = await t.login("admin@laget.test");
    const sak3 = result.cases[2];
    const detail = await json(await t.call("GET", `/api/cases/${sak3.id}`, { auth: admin }));
    expect((detail.members as { role: string }[]).map((m) => m.role)).toEqual(["HEGE", "ØBC", "PSYK", "SR", "FORÆ"]);
    const [round] = detail.rounds as { id: string; source: string }[];
    expect(round.source).toBe("import");
    const analysis = await json(await t.call("GET", `/api/rounds/${round.id}/analysis?by=role`, { auth: admin }));
    const summary = analysis.summary as Record<string, number>;
    expect(summary.nodes).toBe(5);
    expect(summary.raters).toBe(4);
    expect(summary.responseRate).toBeCloseTo(0.8, 10);
    expect(summary.weakShare).toBeCloseTo(0.5625, 10);
    expect(summary.meanScore).toBeCloseTo(3.00625, 4);
    const hege = (analysis.nodes as { id: string; outMean: number; weakOut: number }[]).find((n) => n.id === "HEGE");
    expect(hege).toMatchObject({ outMean: 2.2, weakOut: 3 });

    const demoStatus = await json(await t.call("GET", `/api/rounds/${result.demoRound!.id}/status`, { auth: admin }));
    expect(demoStatus.status).toBe("open");
  });
});
