// The release's contributions as collected (pair scores derived per round, kept by PostgreSQL) equal the straightforward computation.
import { describe, expect, it } from "vitest";
import { contributionOf, type ReleaseContribution } from "../../../analysis/aggregate/index.ts";
import type { AnswerSet, Round } from "../../../domain/index.ts";
import { collectContributions } from "../../../server/services/aggregates/collect.ts";
import { analyzeRound } from "../../../server/services/rounds/analysis.ts";
import { createMemoryStore } from "../../../server/store/memory.ts";
import type { Store } from "../../../server/store/types.ts";
import { RC7_V1 } from "../../../surveys/rc7.ts";
import { prng } from "../../../bench/fixtures.ts";
import { freshPostgresStore } from "../../postgres/db.ts";

const ITEMS = RC7_V1.items.map((i) => i.id);
const ROLES = ["PPT", "HEGE", "KOORD", "SKLær", "BHG"];
const at = (minute: number) => new Date(Date.UTC(2025, 8, 1, 10, minute)).toISOString();

/**
 * Every case and period the straightforward way: each case's rounds, the latest closed one of each name, analysed at
 * role level over every item from submitted answer sets, then `contributionOf`.
 */
async function naive(store: Store): Promise<{ contributions: ReleaseContribution[]; skipped: number }> {
  const contributions: ReleaseContribution[] = [];
  let skipped = 0;
  for (const kase of await store.listCases()) {
    const latest = new Map<string, Round>();
    const closed = (await store.listRounds(kase.id)).filter((r) => r.status === "closed");
    for (const r of closed.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))) latest.set(r.name, r);
    for (const round of latest.values()) {
      let result;
      try {
        result = await analyzeRound(store, round, { by: "role", dimension: "all", includeDrafts: "false" });
      } catch {
        skipped++;
        continue;
      }
      const c = contributionOf({ caseKey: kase.id, period: round.name, district: kase.district, unit: kase.unit, closedAt: round.closedAt ?? round.createdAt }, result);
      if (c) contributions.push(c);
    }
  }
  return { contributions, skipped };
}

const answer = (roundId: string, memberId: string, targets: string[], rand: () => number, submitted = true): AnswerSet => ({
  roundId, memberId, submitted, updatedAt: at(0), submittedAt: submitted ? at(1) : null,
  ratings: targets.flatMap((target) => ITEMS.map((item) => ({ target, item, value: rand() < 0.1 ? null : 1 + Math.floor(rand() * 5) }))),
});

/**
 * Twelve cases of 3–6 members (roles repeat, so member pairs fold into role pairs): a closed survey round "Høst"
 * (some answer sets drafts), an older closed "Høst" in every third case (replaced by the newer), an open "Vår"
 * (left out), an imported closed "Vår" in every fourth case, and one case without any answer.
 */
async function seed(store: Store): Promise<void> {
  const rand = prng(7);
  for (let c = 0; c < 12; c++) {
    const caseId = `c${c}`;
    await store.putCase({ id: caseId, code: `Sak-${c}`, district: c % 2 ? "Heimdal" : "Lerkendal", unit: `Skole ${c % 3}`, createdAt: at(0) });
    const members = Array.from({ length: 3 + (c % 4) }, (_, m) => ({ id: `${caseId}m${m}`, caseId, role: ROLES[(m * (c + 1)) % ROLES.length], label: "" }));
    for (const m of members) await store.putMember(m);
    const round = (id: string, name: string, status: Round["status"], minute: number, source: Round["source"] = "survey"): Round => ({
      id, caseId, name, instrumentId: "rc7", instrumentVersion: "1.0.0", status, source, closesAt: null,
      createdAt: at(minute), openedAt: at(minute), closedAt: status === "closed" ? at(minute + 30) : null,
    });
    const rounds = [round(`${caseId}h2`, "Høst", "closed", 20), round(`${caseId}v`, "Vår", "open", 40)];
    if (c % 3 === 0) rounds.unshift(round(`${caseId}h1`, "Høst", "closed", 10));
    for (const r of rounds) {
      await store.putRound(r);
      if (c === 5) continue;
      for (const m of members) await store.putAnswer(answer(r.id, m.id, members.filter((o) => o !== m).map((o) => o.id), rand, rand() < 0.8));
    }
    if (c % 4 === 0) {
      const imported = round(`${caseId}vi`, "Vår", "closed", 50, "import");
      await store.putRound(imported);
      await store.putPairScores(imported.id, [{ rater: members[0].id, target: members[1].id, score: 2.5 }, { rater: members[1].id, target: members[2].id, score: 4 }]);
    }
  }
}

const backends: [string, () => Promise<{ store: Store; close: () => Promise<void> }>][] = [
  ["memory", async () => ({ store: createMemoryStore(), close: async () => {} })],
  ["PostgreSQL", async () => {
    const store = await freshPostgresStore();
    return { store, close: () => store.close() };
  }],
];

/** Collected contributions with their packed scores listed as objects, to compare with the straightforward ones. */
async function collected(store: Store): Promise<{ contributions: ReleaseContribution[]; skipped: number }> {
  const { contributions, skipped } = await collectContributions(store);
  return {
    skipped,
    contributions: contributions.map(({ scores: { roles, flat }, ...labels }) => ({
      ...labels,
      scores: Array.from({ length: flat.length / 3 }, (_, j) => ({ rater: roles[flat[3 * j]], target: roles[flat[3 * j + 1]], score: flat[3 * j + 2] })),
    })),
  };
}

for (const [name, open] of backends) {
  describe(`collectContributions: ${name}`, () => {
    it("gives the straightforward contributions, read again unchanged, and renewed when an answer or a member changes", async () => {
      const { store, close } = await open();
      try {
        await seed(store);
        const expected = await naive(store);
        expect(expected.contributions.length).toBeGreaterThan(10);
        expect(expected.contributions.map((c) => c.scores.length).some((n) => n > 4)).toBe(true);
        expect(await collected(store)).toEqual(expected);
        expect(await collected(store)).toEqual(expected); // from the stored values where the store keeps them
        // An answer in a closed round changes: its contribution follows.
        const changed = (await store.getAnswer("c2h2", "c2m0"))!;
        await store.putAnswer({ ...changed, submitted: true, ratings: changed.ratings.map((r) => ({ ...r, value: r.value === 5 ? 1 : 5 })) });
        const after = await naive(store);
        expect(after.contributions.find((c) => c.caseKey === "c2")).not.toEqual(expected.contributions.find((c) => c.caseKey === "c2"));
        expect(await collected(store)).toEqual(after);
        // A member changes role: the role pairs of its case follow.
        await store.putMember({ id: "c3m1", caseId: "c3", role: "PSYK", label: "" });
        const renamed = await naive(store);
        expect(renamed.contributions.find((c) => c.caseKey === "c3")?.scores.some((s) => s.rater === "PSYK")).toBe(true);
        expect(await collected(store)).toEqual(renamed);
      } finally {
        await close();
      }
    });
  });
}
