// store copy between backends carries the mail attempts and the members' addresses, and reads them back the same.
import { describe, expect, it } from "vitest";
import type { Delivery } from "../../../../domain/index.ts";
import { copyStore, snapshotStore } from "../../../../server/store/postgres/copy.ts";
import { createMemoryStore } from "../../../../server/store/memory.ts";
import { freshPostgresStore } from "../../../postgres/db.ts";
import * as s from "../sample-data.ts";

describe("copyStore with mail attempts", () => {
  it("copies memory → PostgreSQL → memory with every delivery record, in order", async () => {
    const from = createMemoryStore();
    await s.seedCaseWithRound(from);
    await from.putMember({ ...s.sampleMember("c1", "m2"), email: "m2@kommune.test" });
    const d = (n: number, status: Delivery["status"]): Delivery => ({
      id: `d${n}`, roundId: "r1", memberId: "m2", kind: n === 0 ? "link" : "reminder", status, response: status === "accepted" ? "250 Ok" : "421 busy", at: s.T0,
    });
    for (const [n, st] of [[0, "failed"], [1, "accepted"], [2, "failed"]] as const) await from.putDelivery(d(n, st));
    const db = await freshPostgresStore();
    const back = createMemoryStore();
    try {
      const counts = await copyStore(from, db);
      expect(counts).toMatchObject({ members: 3, rounds: 1, deliveries: 3 });
      expect((await db.listDeliveries("r1")).map((x) => x.id)).toEqual(["d0", "d1", "d2"]);
      await copyStore(db, back);
      expect(await snapshotStore(back)).toEqual(await snapshotStore(from));
      expect((await back.listMembers("c1"))[2].email).toBe("m2@kommune.test");
    } finally {
      await db.close();
    }
  });
});
