// Concurrent calls share statements in the PostgreSQL store: each caller still gets its own result, copy and error.
import { describe, expect, it } from "vitest";
import { freshPostgresStore } from "../../../postgres/db.ts";
import { hashOf, sampleAnswer, sampleLink, seedCaseWithRound } from "../sample-data.ts";

describe("PostgreSQL store under concurrent calls", () => {
  it("saves answer sets made at once together, and refuses only the one for an unknown round", async () => {
    const store = await freshPostgresStore();
    try {
      await seedCaseWithRound(store, 30);
      const sets = Array.from({ length: 30 }, (_, i) => sampleAnswer("r1", `m${i}`, i, 5));
      const results = await Promise.allSettled([...sets.map((a) => store.putAnswer(a)), store.putAnswer(sampleAnswer("r404", "m0"))]);
      expect(results.slice(0, 30).every((r) => r.status === "fulfilled")).toBe(true);
      expect(results[30]).toMatchObject({ status: "rejected", reason: expect.objectContaining({ message: "Unknown round r404" }) });
      const stored = new Map((await store.listAnswers("r1")).map((a) => [a.memberId, a]));
      for (const a of sets) expect(stored.get(a.memberId)).toEqual(a);
    } finally {
      await store.close();
    }
  });

  it("gives each of many simultaneous readers of one key its own copy", async () => {
    const store = await freshPostgresStore();
    try {
      await seedCaseWithRound(store);
      await store.putLink(sampleLink("r1", "m0"));
      await store.putAnswer(sampleAnswer("r1", "m0"));
      const [r1, r2, l1, l2, m1, m2, a1, a2, none] = await Promise.all([
        store.getRound("r1"), store.getRound("r1"), store.getLinkByHash(hashOf("r1/m0")), store.getLinkByHash(hashOf("r1/m0")),
        store.listMembers("c1"), store.listMembers("c1"), store.getAnswer("r1", "m0"), store.getAnswer("r1", "m0"), store.getRound("r404"),
      ]);
      for (const [x, y] of [[r1, r2], [l1, l2], [m1, m2], [a1, a2]] as const) {
        expect(x).toEqual(y);
        expect(x).not.toBe(y);
      }
      expect(m1).toHaveLength(3);
      expect(none).toBeUndefined();
    } finally {
      await store.close();
    }
  });
});
