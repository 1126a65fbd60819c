// Store contract for the aggregate release on both backends: validated, durable across reopen (its own file), frozen on read.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publishRelease } from "../../../analysis/aggregate/index.ts";
import type { StoredRelease } from "../../../domain/release.ts";
import { openFileStore } from "../../../server/store/file-store.ts";
import { createMemoryStore } from "../../../server/store/memory.ts";
import { StoreCorruptError, type Store } from "../../../server/store/types.ts";
import { town } from "../../analysis/aggregate/town.ts";
import { tempDir } from "./temp-dir.ts";

const published = publishRelease(town(3, { cases: 30, districts: 2, unitsPerDistrict: 2, roles: 3, periods: 2, again: 0.8 }), {
  id: "r1", publishedAt: "2026-06-30T00:00:00Z", minCases: 5, threshold: 3.5,
});
const stored: StoredRelease = { ...published, history: [{ id: "r1", publishedAt: "2026-06-30T00:00:00Z", publishedBy: "u1" }] };

const backends: [string, () => Promise<{ store: Store; reopen: () => Promise<Store>; dir?: string }>][] = [
  ["memory", async () => { const store = createMemoryStore(); return { store, reopen: async () => store }; }],
  ["file", async () => {
    const dir = tempDir();
    const store = await openFileStore(dir);
    return { store, dir, reopen: async () => (await store.close(), openFileStore(dir)) };
  }],
];

for (const [name, open] of backends) {
  describe(`Store release: ${name}`, () => {
    it("is undefined before the first, validated on put, kept across reopen and frozen on read", async () => {
      const { store, reopen } = await open();
      expect(await store.getRelease()).toBeUndefined();
      await expect(store.putRelease({ ...stored, release: { ...stored.release, dimension: "trust" } } as never)).rejects.toThrow();
      expect(await store.getRelease()).toBeUndefined();
      await store.putRelease(stored);
      const again = await reopen();
      const read = (await again.getRelease()) as StoredRelease;
      expect(read).toEqual(JSON.parse(JSON.stringify(stored)));
      expect(() => (read.release.periods as string[]).push("x")).toThrow(TypeError);
      await again.close();
    });
  });
}

describe("Store release: file", () => {
  it("lives in release.json, apart from meta.json; a damaged one stops start-up with the file's name", async () => {
    const dir = tempDir();
    const store = await openFileStore(dir);
    await store.putRelease(stored);
    await store.close();
    writeFileSync(join(dir, "release.json"), "{ not json");
    await expect(openFileStore(dir)).rejects.toThrow(StoreCorruptError);
    await expect(openFileStore(dir)).rejects.toThrow(/release\.json/);
  });
});
