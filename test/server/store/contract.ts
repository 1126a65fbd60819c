// Behaviour every Store backend must share; run by the memory and file store tests.
import { describe, expect, it } from "vitest";
import type { Delivery } from "../../../domain/index.ts";
import { MAX_FAILED_DELIVERIES, type Store } from "../../../server/store/types.ts";
import { accountContract } from "./contract-accounts.ts";
import { auditContract } from "./contract-audit.ts";
import * as s from "./sample-data.ts";

/** Registers the shared contract tests for a backend built by `open` (a fresh, empty store each time). */
export function storeContract(name: string, open: () => Promise<Store>) {
  describe(`Store contract: ${name}`, () => {
    const withStore = (fn: (store: Store) => Promise<void>) => async () => {
      const store = await open();
      try { await fn(store); } finally { await store.close(); }
    };

    it("stores users, sessions and API tokens", withStore(async (store) => {
      await store.putUser(s.sampleUser());
      expect(await store.getUserByEmail("A@example.no ")).toMatchObject({ id: "u1" });
      await expect(store.putUser(s.sampleUser("u2"))).rejects.toThrow(/another user/);
      await store.putSession(s.sampleSession("u1", "k"));
      expect(await store.getSession(s.hashOf("k"))).toMatchObject({ userId: "u1" });
      await store.deleteSession(s.hashOf("k"));
      expect(await store.getSession(s.hashOf("k"))).toBeUndefined();
      const token = { id: "t1", userId: "u1", name: "cli", tokenHash: s.hashOf("tok"), createdAt: s.T0 };
      await store.putApiToken(token);
      expect(await store.getApiTokenByHash(s.hashOf("tok"))).toEqual(token);
      expect(await store.listApiTokens("u1")).toHaveLength(1);
      await store.deleteApiToken("t1");
      expect(await store.listApiTokens("u1")).toEqual([]);
    }));

    it("stores cases, members, rounds and links; re-issue replaces the old link", withStore(async (store) => {
      await s.seedCaseWithRound(store);
      expect((await store.listCases()).map((c) => c.id)).toEqual(["c1"]);
      expect(await store.listMembers("c1")).toHaveLength(3);
      await store.putLink(s.sampleLink("r1", "m0", "old"));
      await store.putLink(s.sampleLink("r1", "m0", "new"));
      expect(await store.getLinkByHash(s.hashOf("old"))).toBeUndefined();
      expect(await store.getLinkByHash(s.hashOf("new"))).toMatchObject({ memberId: "m0" });
      expect(await store.listLinks("r1")).toHaveLength(1);
      await store.deleteMember("c1", "m0");
      expect(await store.getLinkByHash(s.hashOf("new"))).toBeUndefined();
      expect(await store.listRounds("c1")).toHaveLength(1);
      await expect(store.putMember(s.sampleMember("nope", "m9"))).rejects.toThrow(/Unknown case/);
    }));

    it("returns copies that callers cannot use to change stored state", withStore(async (store) => {
      await s.seedCaseWithRound(store);
      (await store.getCase("c1"))!.code = "changed";
      expect((await store.getCase("c1"))!.code).toBe("Sak-1");
      await store.putAnswer(s.sampleAnswer("r1", "m0"));
      (await store.getAnswer("r1", "m0"))!.ratings.length = 0;
      expect((await store.getAnswer("r1", "m0"))!.ratings).toHaveLength(3);
    }));

    it("keeps the latest answer set per round and member", withStore(async (store) => {
      await s.seedCaseWithRound(store);
      await Promise.all([1, 2, 3].map((n) => store.putAnswer(s.sampleAnswer("r1", "m0", n))));
      expect(await store.getAnswer("r1", "m0")).toEqual(s.sampleAnswer("r1", "m0", 3));
      await store.putAnswer(s.sampleAnswer("r1", "m1", 7));
      expect(await store.listAnswers("r1")).toHaveLength(2);
    }));

    it("keeps an answer set's device hash and the family's choice to be shown", withStore(async (store) => {
      await s.seedCaseWithRound(store);
      const bound = { ...s.sampleAnswer("r1", "m0"), deviceHash: s.hashOf("device"), showInMeeting: true };
      await store.putAnswer(bound);
      expect(await store.getAnswer("r1", "m0")).toEqual(bound);
      await store.putAnswer(s.sampleAnswer("r1", "m1"));
      const plain = await store.getAnswer("r1", "m1");
      expect(plain).not.toHaveProperty("deviceHash");
      expect(plain).not.toHaveProperty("showInMeeting");
      expect((await store.listAnswers("r1")).find((a) => a.memberId === "m0")).toEqual(bound);
    }));

    it("rejects invalid input and answers for unknown rounds without storing them", withStore(async (store) => {
      await s.seedCaseWithRound(store);
      await expect(store.putAnswer({ ...s.sampleAnswer("r1", "m0"), roundId: "bad id!" })).rejects.toThrow();
      await expect(store.putAnswer(s.sampleAnswer("r404", "m0"))).rejects.toThrow(/Unknown round/);
      await expect(store.putCase({ ...s.sampleCase("c2"), district: "" })).rejects.toThrow();
      expect(await store.listCases()).toHaveLength(1);
    }));

    it("keeps a member's e-mail address and a round's language, and drops the address when the member is stored without it", withStore(async (store) => {
      await s.seedCaseWithRound(store);
      await store.putMember({ ...s.sampleMember("c1", "m1"), email: "kontakt@skole.test" });
      await store.putRound({ ...s.sampleRound("c1", "r1"), language: "nn" });
      expect((await store.listMembers("c1")).find((m) => m.id === "m1")?.email).toBe("kontakt@skole.test");
      expect((await store.getRound("r1"))?.language).toBe("nn");
      await store.putMember(s.sampleMember("c1", "m1"));
      expect((await store.listMembers("c1")).find((m) => m.id === "m1")).not.toHaveProperty("email");
    }));

    it("records mail attempts per round, keeps every accepted one and the newest failed ones, and drops them with the round or member", withStore(async (store) => {
      await s.seedCaseWithRound(store);
      await store.putRound(s.sampleRound("c1", "r2"));
      const d = (n: number, memberId: string, status: Delivery["status"], roundId = "r1"): Delivery => ({
        id: `d${n}`, roundId, memberId, kind: n === 0 ? "link" : "reminder", status, response: status === "accepted" ? "250 2.0.0 Ok" : "550 5.1.1 <adresse>: no", at: new Date(Date.parse(s.T0) + n * 1000).toISOString(),
      });
      await store.putDelivery(d(0, "m0", "accepted"));
      for (let n = 1; n <= MAX_FAILED_DELIVERIES + 3; n++) await store.putDelivery(d(n, "m0", "failed"));
      await store.putDelivery(d(50, "m0", "accepted"));
      await store.putDelivery(d(51, "m1", "failed"));
      await store.putDelivery(d(52, "m1", "accepted", "r2"));
      const r1 = await store.listDeliveries("r1");
      expect(r1.map((x) => x.id)).toEqual(["d0", ...Array.from({ length: MAX_FAILED_DELIVERIES }, (_, i) => `d${i + 4}`), "d50", "d51"]);
      expect(r1[0]).toEqual(d(0, "m0", "accepted"));
      expect((await store.listDeliveries("r2")).map((x) => x.id)).toEqual(["d52"]);
      await expect(store.putDelivery(d(60, "m0", "accepted", "r404"))).rejects.toThrow(/Unknown round/);
      await expect(store.putDelivery({ ...d(61, "m0", "accepted"), status: "bounced" as Delivery["status"] })).rejects.toThrow();
      (await store.listDeliveries("r1"))[0].response = "changed";
      expect((await store.listDeliveries("r1"))[0].response).toBe("250 2.0.0 Ok");
      await store.deleteMember("c1", "m1");
      expect((await store.listDeliveries("r1")).map((x) => x.memberId)).not.toContain("m1");
      expect(await store.listDeliveries("r2")).toEqual([]);
      await store.deleteRound("r1");
      expect(await store.listDeliveries("r1")).toEqual([]);
    }));

    it("snapshot: everything acknowledged before the call, nothing after, no sessions", withStore(async (store) => {
      await store.putUser(s.sampleUser());
      await store.putSession(s.sampleSession("u1", "k"));
      await store.putApiToken({ id: "t1", userId: "u1", name: "cli", tokenHash: s.hashOf("tok"), createdAt: s.T0 });
      await s.seedCaseWithRound(store);
      await store.putLink(s.sampleLink("r1", "m0"));
      await store.putPairScores("r1", [{ rater: "m0", target: "m1", score: 3.5 }]);
      await Promise.all([store.putAnswer(s.sampleAnswer("r1", "m0", 1)), store.putAnswer(s.sampleAnswer("r1", "m1", 2))]);
      await store.putRelease(s.sampleRelease(["r1"]));
      await store.putMember({ ...s.sampleMember("c1", "m2"), email: "m2@kommune.test" });
      const mailed: Delivery = { id: "d1", roundId: "r1", memberId: "m2", kind: "link", status: "accepted", response: "250 2.0.0 Ok", at: s.T0 };
      await store.putDelivery(mailed);
      const snap = await store.snapshot();
      // Writes after the call: a new answer, a changed answer, a new case, a changed user; none may show up.
      await Promise.all([
        store.putAnswer(s.sampleAnswer("r1", "m2", 3)),
        store.putAnswer(s.sampleAnswer("r1", "m0", 4)),
        store.putCase(s.sampleCase("c2", "Sak-2")),
        store.putUser({ ...s.sampleUser(), name: "Changed" }),
        store.deleteApiToken("t1"),
        store.putRelease(s.sampleRelease(["r1", "r2"])),
        store.putDelivery({ ...mailed, id: "d2", kind: "reminder" }),
        store.putMember(s.sampleMember("c1", "m2")),
      ]);
      const cases = [];
      for await (const c of snap.cases()) cases.push(c);
      await snap.release();
      expect(snap.users).toEqual([s.sampleUser()]);
      expect(snap.apiTokens.map((t) => t.id)).toEqual(["t1"]);
      expect(snap.settings).toEqual(await store.getSettings());
      expect(snap).not.toHaveProperty("sessions");
      expect(snap.caseCount).toBe(1);
      expect(snap.aggregateRelease).toEqual(s.sampleRelease(["r1"]));
      expect(cases.map((c) => c.case.id)).toEqual(["c1"]);
      expect(cases[0].members.map((m) => m.id)).toEqual(["m0", "m1", "m2"]);
      expect(cases[0].rounds.map((r) => r.id)).toEqual(["r1"]);
      expect(cases[0].links).toEqual([s.sampleLink("r1", "m0")]);
      expect(cases[0].pairScores).toEqual({ r1: [{ rater: "m0", target: "m1", score: 3.5 }] });
      expect(cases[0].members.find((m) => m.id === "m2")?.email).toBe("m2@kommune.test");
      expect(cases[0].deliveries).toEqual([mailed]);
      const byMember = Object.fromEntries(cases[0].answers.map((a) => [a.memberId, a]));
      expect(byMember).toEqual({ m0: s.sampleAnswer("r1", "m0", 1), m1: s.sampleAnswer("r1", "m1", 2) });
      // The store itself moved on.
      expect(await store.getAnswer("r1", "m0")).toEqual(s.sampleAnswer("r1", "m0", 4));
    }));

    it("stores pair scores of imported rounds and deletes a case with everything in it", withStore(async (store) => {
      await s.seedCaseWithRound(store);
      await store.putPairScores("r1", [{ rater: "m0", target: "m1", score: 3.5 }]);
      expect(await store.getPairScores("r1")).toEqual([{ rater: "m0", target: "m1", score: 3.5 }]);
      await store.putLink(s.sampleLink("r1", "m1"));
      await store.putAnswer(s.sampleAnswer("r1", "m1"));
      await store.deleteCase("c1");
      expect(await store.getCase("c1")).toBeUndefined();
      expect(await store.getRound("r1")).toBeUndefined();
      expect(await store.getLinkByHash(s.hashOf("r1/m1"))).toBeUndefined();
      expect(await store.listAnswers("r1")).toEqual([]);
    }));

    it("keeps the aggregate release frozen, and each release must extend the stored history", withStore(async (store) => {
      expect(await store.getRelease()).toBeUndefined();
      const first = s.sampleRelease(["r1"]);
      await store.putRelease(first);
      const read = await store.getRelease();
      expect(read).toEqual(first);
      expect(Object.isFrozen(read?.release.periods)).toBe(true);
      await expect(store.putRelease(s.sampleRelease(["r1"]))).rejects.toThrow(/changed .*while this one was computed/);
      await expect(store.putRelease(s.sampleRelease(["r2"]))).rejects.toMatchObject({ name: "LagetError", kind: "conflict", code: "release_changed" });
      expect(await store.getRelease()).toEqual(first); // a refused release leaves the stored one as it was
      await store.putRelease(s.sampleRelease(["r1", "r2"]));
      expect((await store.getRelease())?.history.map((h) => h.id)).toEqual(["r1", "r2"]);
    }));

    accountContract(withStore);
    auditContract(withStore);
    it("stores a case's actions, replaces one by id and keeps the order they were first stored in", withStore(async (store) => {
      await s.seedCaseWithRound(store);
      await store.putAction(s.sampleAction("c1", "r1", "a1"));
      await store.putAction(s.sampleAction("c1", "r1", "a2", "Felles plan"));
      await store.putAction({ ...s.sampleAction("c1", "r1", "a1"), status: "done", updatedAt: "2025-02-01T09:00:00.000Z", updatedBy: "u2" });
      const actions = await store.listActions("c1");
      expect(actions.map((a) => [a.id, a.status, a.updatedBy])).toEqual([["a1", "done", "u2"], ["a2", "open", "u1"]]);
      expect(actions[0]).toEqual({ ...s.sampleAction("c1", "r1", "a1"), status: "done", updatedAt: "2025-02-01T09:00:00.000Z", updatedBy: "u2" });
      expect(await store.listActions("c404")).toEqual([]);
      (await store.listActions("c1"))[0].what = "changed";
      expect((await store.listActions("c1"))[0].what).toBe("Faste møter annenhver uke");
    }));

    it("refuses an action for an unknown case, a round of another case or with bad fields, and stores nothing", withStore(async (store) => {
      await s.seedCaseWithRound(store);
      await store.putCase(s.sampleCase("c2", "Sak-2"));
      await expect(store.putAction(s.sampleAction("c404", "r1"))).rejects.toThrow(/Unknown case/);
      await expect(store.putAction(s.sampleAction("c2", "r1"))).rejects.toThrow(/not a round of case c2/);
      await expect(store.putAction({ ...s.sampleAction("c1", "r1"), status: "maybe" as "open" })).rejects.toThrow();
      await expect(store.putAction({ ...s.sampleAction("c1", "r1"), due: "2025-02-30" })).rejects.toThrow();
      expect(await store.listActions("c1")).toEqual([]);
      expect(await store.listActions("c2")).toEqual([]);
    }));

    it("drops a round's actions with the round, and every action with the case", withStore(async (store) => {
      await s.seedCaseWithRound(store);
      await store.putRound({ ...s.sampleRound("c1", "r2"), name: "Vår" });
      await store.putAction(s.sampleAction("c1", "r1", "a1"));
      await store.putAction(s.sampleAction("c1", "r2", "a2"));
      await store.deleteRound("r2");
      expect((await store.listActions("c1")).map((a) => a.id)).toEqual(["a1"]);
      await store.deleteCase("c1");
      expect(await store.listActions("c1")).toEqual([]);
    }));
  });
}
