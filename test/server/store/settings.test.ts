// Store contract for settings and deleteRound, on every backend (file and PostgreSQL also across reopen).
import { describe, expect, it } from "vitest";
import { createMemoryStore } from "../../../server/store/memory.ts";
import { openFileStore } from "../../../server/store/file-store.ts";
import { openPostgresStore } from "../../../server/store/postgres/index.ts";
import type { Store } from "../../../server/store/types.ts";
import { freshDatabase } from "../../postgres/db.ts";
import { sampleAnswer, sampleLink, seedCaseWithRound } from "./sample-data.ts";
import { tempDir } from "./temp-dir.ts";

const backends: [string, () => Promise<{ store: Store; reopen: () => Promise<Store> }>][] = [
  ["memory", async () => { const store = createMemoryStore(); return { store, reopen: async () => store }; }],
  ["file", async () => {
    const dir = tempDir();
    const store = await openFileStore(dir);
    return { store, reopen: async () => (await store.close(), openFileStore(dir)) };
  }],
  ["postgres", async () => {
    const url = await freshDatabase();
    const store = await openPostgresStore(url, { max: 4 });
    return { store, reopen: async () => (await store.close(), openPostgresStore(url, { max: 4 })) };
  }],
];

for (const [name, open] of backends) {
  describe(`Store settings and deleteRound: ${name}`, () => {
    it("defaults minCases to 5, the weak threshold to 3.5 and retention to 24 months, validates and keeps changes", async () => {
      const { store, reopen } = await open();
      expect(await store.getSettings()).toEqual({ minCases: 5, weakThreshold: 3.5, retentionMonths: 24 });
      await expect(store.putSettings({ minCases: 0, weakThreshold: 3.5 })).rejects.toThrow();
      await expect(store.putSettings({ minCases: 5, retentionMonths: -1 })).rejects.toThrow();
      await expect(store.putSettings({ minCases: 5, retentionMonths: 241 })).rejects.toThrow();
      await store.putSettings({ minCases: 7, weakThreshold: 3, retentionMonths: 0 });
      const again = await reopen();
      expect(await again.getSettings()).toEqual({ minCases: 7, weakThreshold: 3, retentionMonths: 0 });
      await again.close();
    });

    it("deleteRound removes the round with its links, pair scores and answers, and nothing else", async () => {
      const { store, reopen } = await open();
      await seedCaseWithRound(store);
      await store.putRound({ ...(await store.getRound("r1"))!, id: "r2" });
      await store.putLink(sampleLink("r1", "m0"));
      await store.putPairScores("r1", [{ rater: "m0", target: "m1", score: 3 }]);
      await store.putAnswer(sampleAnswer("r1", "m1"));
      await store.putAnswer(sampleAnswer("r2", "m1"));
      await store.deleteRound("r1");
      await store.deleteRound("r404");
      const again = await reopen();
      expect((await again.listRounds("c1")).map((r) => r.id)).toEqual(["r2"]);
      expect(await again.listLinks("r1")).toEqual([]);
      expect(await again.getPairScores("r1")).toEqual([]);
      expect(await again.listAnswers("r1")).toEqual([]);
      expect(await again.listAnswers("r2")).toHaveLength(1);
      expect(await again.listMembers("c1")).toHaveLength(3);
      await again.close();
    });
  });
}
