// Rate-limit counters: the same fixed-window behaviour in this process and in PostgreSQL (shared by instances).
import { describe, expect, it } from "vitest";
import { memoryCounters, type Counters } from "../../../../server/middleware/rate-limit/counters.ts";
import { freshPostgresStore } from "../../../postgres/db.ts";

const backends: [string, () => Promise<{ counters: Counters; close: () => Promise<void> }>][] = [
  ["memory", async () => ({ counters: memoryCounters(), close: async () => {} })],
  ["postgres", async () => {
    const store = await freshPostgresStore();
    return { counters: store.counters, close: () => store.close() };
  }],
];

const T = 1_700_000_000_000;

for (const [name, open] of backends) {
  describe(`rate-limit counters: ${name}`, () => {
    it("counts within a window and starts over at 0 when it ends", async () => {
      const { counters, close } = await open();
      try {
        expect(await counters.hit("k", 1, 60_000, T)).toEqual({ count: 1, resetAt: T + 60_000 });
        expect(await counters.hit("k", 2, 60_000, T + 59_999)).toEqual({ count: 3, resetAt: T + 60_000 });
        expect(await counters.hit("other", 1, 60_000, T + 10)).toEqual({ count: 1, resetAt: T + 60_010 });
        expect(await counters.hit("k", 1, 60_000, T + 60_000)).toEqual({ count: 1, resetAt: T + 120_000 });
      } finally {
        await close();
      }
    });

    it("reads without storing when the amount is 0", async () => {
      const { counters, close } = await open();
      try {
        expect(await counters.hit("k", 0, 1000, T)).toEqual({ count: 0, resetAt: T + 1000 });
        // Nothing was stored: the first real hit 500 ms later opens its own window.
        expect(await counters.hit("k", 1, 1000, T + 500)).toEqual({ count: 1, resetAt: T + 1500 });
        expect(await counters.hit("k", 0, 1000, T + 600)).toEqual({ count: 1, resetAt: T + 1500 });
        expect(await counters.hit("k", 0, 1000, T + 1500)).toEqual({ count: 0, resetAt: T + 2500 });
      } finally {
        await close();
      }
    });

    it("settles only in the same window and never below 0", async () => {
      const { counters, close } = await open();
      try {
        const first = await counters.hit("k", 1, 1000, T);
        await counters.settle("k", -5, first.resetAt);
        expect((await counters.hit("k", 0, 1000, T + 1)).count).toBe(0);
        await counters.settle("k", 2, first.resetAt);
        expect((await counters.hit("k", 0, 1000, T + 2)).count).toBe(2);
        await counters.hit("k", 1, 1000, T + 1000); // a new window
        await counters.settle("k", 7, first.resetAt); // late settlement of the old window: ignored
        expect((await counters.hit("k", 0, 1000, T + 1001)).count).toBe(1);
      } finally {
        await close();
      }
    });
  });
}

describe("rate-limit counters in PostgreSQL", () => {
  it("lose no hit when many requests count at once", async () => {
    const store = await freshPostgresStore();
    try {
      const results = await Promise.all(Array.from({ length: 40 }, () => store.counters.hit("burst", 1, 60_000, T)));
      expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    } finally {
      await store.close();
    }
  });
});
