// All-or-nothing imports: a store write that fails half-way leaves no round, member, score or answer behind.
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { StoreUnavailableError, type Store } from "../../../server/store/types.ts";
import { facilitatorApp, makeCase, type Browser, type TestApp } from "../api/helpers.ts";
import { SEED3, longCsv, snapshot, upload } from "./helpers.ts";

let t: TestApp;
let fasi: Browser;
let caseId: string;
beforeEach(async () => {
  ({ t, fasi } = await facilitatorApp());
  ({ caseId } = await makeCase(t, fasi, ["PPT"]));
});

/** Makes the n-th call of a store method fail like a full disk. */
function failOn<K extends "putAnswer" | "putPairScores" | "putMember" | "putRound">(store: Store, method: K, nth: number): void {
  const original = store[method].bind(store) as (...a: unknown[]) => Promise<void>;
  let calls = 0;
  (store as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
    if (++calls === nth) throw new StoreUnavailableError("injected: disk full");
    return original(...args);
  };
}

describe("import atomicity", () => {
  const cases: [string, "putAnswer" | "putPairScores" | "putMember" | "putRound", number, () => string][] = [
    ["the second answer set (long file)", "putAnswer", 2, () => longCsv()],
    ["the pair scores (matrix file)", "putPairScores", 1, () => readFileSync(SEED3, "utf8")],
    ["the third new member", "putMember", 3, () => readFileSync(SEED3, "utf8")],
    ["the round", "putRound", 1, () => readFileSync(SEED3, "utf8")],
  ];
  for (const [what, method, nth, file] of cases) {
    it(`rolls back everything when ${what} cannot be written (503)`, async () => {
      const before = await snapshot(t, caseId);
      failOn(t.deps.store, method, nth);
      const res = await upload(t, fasi, caseId, "f.csv", file());
      expect(res.status).toBe(503);
      expect(await snapshot(t, caseId)).toEqual(before);
      // The same file imports cleanly afterwards (no stale duplicate hash left behind).
      expect((await upload(t, fasi, caseId, "f.csv", file())).status).toBe(201);
    });
  }

  it("500 import_incomplete when the undo fails too", async () => {
    failOn(t.deps.store, "putPairScores", 1);
    t.deps.store.deleteRound = async () => {
      throw new StoreUnavailableError("injected: still full");
    };
    const res = await upload(t, fasi, caseId, "f.csv", readFileSync(SEED3, "utf8"));
    expect(res.status).toBe(500);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("import_incomplete");
  });
});
