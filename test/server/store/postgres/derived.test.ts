// Values derived per round in PostgreSQL: reused while the round's data is unchanged, on every instance; never once it changed.
import { describe, expect, it } from "vitest";
import type { Round } from "../../../../domain/index.ts";
import { openPostgresStore, type PostgresStore } from "../../../../server/store/postgres/index.ts";
import type { Store } from "../../../../server/store/types.ts";
import { freshDatabase } from "../../../postgres/db.ts";
import { sampleAnswer, sampleCase, sampleLink, sampleMember, sampleRound, seedCaseWithRound } from "../sample-data.ts";

/** Two stores (instances) on one new database with case c1 (m0..m2) and round r1 holding one answer set. */
async function twoStores(): Promise<[PostgresStore, PostgresStore]> {
  const url = await freshDatabase();
  const a = await openPostgresStore(url, { max: 3 });
  const b = await openPostgresStore(url, { max: 3 });
  await seedCaseWithRound(a);
  await a.putAnswer(sampleAnswer("r1", "m0", 1));
  return [a, b];
}

/** A derivation that counts its calls and returns what it read: members, answers (member:first value) and pair scores. */
function counting() {
  const calls: string[] = [];
  const compute = async (round: Round, reader: Store) => {
    calls.push(round.id);
    const members = (await reader.listMembers(round.caseId)).map((m) => m.id);
    const answers = (await reader.listAnswers(round.id)).map((a) => `${a.memberId}:${a.ratings[0]?.value}`);
    return { round: round.status, members, answers, scores: (await reader.getPairScores(round.id)).length };
  };
  return { calls, compute };
}

describe("PostgreSQL derivePerRound", () => {
  it("reuses a value until the round's data changes, and a change on one instance is seen by the other at once", async () => {
    const [a, b] = await twoStores();
    try {
      const { calls, compute } = counting();
      const derive = async (s: PostgresStore) => (await s.derivePerRound("k", [(await s.getRound("r1"))!], compute)).get("r1");
      expect(await derive(a)).toEqual({ round: "open", members: ["m0", "m1", "m2"], answers: ["m0:2"], scores: 0 });
      expect(await derive(b)).toEqual({ round: "open", members: ["m0", "m1", "m2"], answers: ["m0:2"], scores: 0 });
      expect(calls).toHaveLength(1);
      // Writes that do not change what the analysis reads keep the value.
      await b.putCase({ ...sampleCase(), unit: "Ny enhet" });
      await b.putLink(sampleLink("r1", "m1"));
      await derive(a);
      expect(calls).toHaveLength(1);
      // Each input change on b makes a derive anew with the new data.
      const changes: [string, () => Promise<void>, Record<string, unknown>][] = [
        ["answer saved", () => b.putAnswer(sampleAnswer("r1", "m0", 3)), { answers: ["m0:4"] }],
        ["new answer set", () => b.putAnswer(sampleAnswer("r1", "m1", 1)), { answers: ["m0:4", "m1:2"] }],
        ["member added", () => b.putMember(sampleMember("c1", "m3")), { members: ["m0", "m1", "m2", "m3"] }],
        ["member edited", () => b.putMember(sampleMember("c1", "m0", "HEGE")), { members: ["m1", "m2", "m3", "m0"] }],
        ["member deleted", () => b.deleteMember("c1", "m2"), { members: ["m1", "m3", "m0"] }],
        ["round closed", async () => b.putRound({ ...(await b.getRound("r1"))!, status: "closed" }), { round: "closed" }],
        ["pair scores", () => b.putPairScores("r1", [{ rater: "m0", target: "m1", score: 2 }]), { scores: 1 }],
      ];
      for (const [what, change, expected] of changes) {
        const before = calls.length;
        await change();
        expect(await derive(a), what).toMatchObject(expected);
        expect(calls.length, what).toBe(before + 1);
        await derive(b);
        expect(calls.length, `${what}: reused afterwards`).toBe(before + 1);
      }
      // A caller's older copy of the round is not what is derived from: the round as stored is.
      const stale = { ...(await a.getRound("r1"))!, status: "open" as const };
      expect((await a.derivePerRound("other", [stale], compute)).get("r1")).toMatchObject({ round: "closed" });
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it("does not keep a value whose data changed while it was derived", async () => {
    const [a, b] = await twoStores();
    try {
      let n = 0;
      const racing = async (round: Round, reader: Store) => {
        n++;
        const answers = await reader.listAnswers(round.id);
        if (n === 1) await b.putAnswer(sampleAnswer("r1", "m0", 3)); // lands between the read and the store
        return answers[0].ratings[0].value;
      };
      const round = (await a.getRound("r1"))!;
      expect((await a.derivePerRound("k", [round], racing)).get("r1")).toBe(2); // what it read
      expect((await a.derivePerRound("k", [round], racing)).get("r1")).toBe(4); // derived again, not the stale 2
      expect((await a.derivePerRound("k", [round], racing)).get("r1")).toBe(4);
      expect(n).toBe(2);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it("keeps values apart by key and derives hundreds of rounds in chunks, reading the same data as the store", async () => {
    const [a, b] = await twoStores();
    try {
      for (let i = 2; i <= 300; i++) await a.putRound(sampleRound("c1", `r${i}`));
      await Promise.all([2, 150, 300].map((i) => a.putAnswer(sampleAnswer(`r${i}`, "m1", i))));
      const rounds = await a.listRoundsOfCases(["c1", "c404"]);
      expect(rounds.map((r) => r.id)).toEqual((await a.listRounds("c1")).map((r) => r.id));
      const { calls, compute } = counting();
      const first = await a.derivePerRound("x", rounds, compute);
      expect(calls).toHaveLength(300);
      for (const r of rounds) {
        const answers = (await a.listAnswers(r.id)).map((x) => `${x.memberId}:${x.ratings[0]?.value}`);
        expect(first.get(r.id)?.answers, r.id).toEqual(answers);
      }
      expect(await b.derivePerRound("x", rounds, compute)).toEqual(first);
      expect(calls).toHaveLength(300);
      await b.derivePerRound("y", rounds.slice(0, 5), compute);
      expect(calls).toHaveLength(305);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
