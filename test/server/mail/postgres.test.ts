// Links and reminders by e-mail on the PostgreSQL store: open, a refused recipient, a reminder, close; the records survive a restart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgresStore, type PostgresStore } from "../../../server/store/postgres/index.ts";
import { freshDatabase } from "../../postgres/db.ts";
import { FIVE, byMember, draftRound, mailWorld, openBy, remind, status, type MailWorld } from "./fixture.ts";

const DAY = 24 * 3_600_000;
let url: string;
let store: PostgresStore;
let w: MailWorld;
let roundId: string;

beforeAll(async () => {
  url = await freshDatabase("mail");
  store = await openPostgresStore(url, { max: 4 });
  w = await mailWorld(FIVE, { store });
  w.smtp.reject.add(FIVE[3].email!);
  roundId = await draftRound(w);
});
afterAll(async () => {
  await w.close();
  await store.close();
});

describe("mail delivery on PostgreSQL", () => {
  it("opens by e-mail: four accepted, one refused with the server's answer, recorded in the database", async () => {
    const { status: code, answer } = await openBy(w, roundId, { delivery: "email" });
    expect(code).toBe(200);
    expect(answer.links).toEqual([]);
    const results = byMember(answer.deliveries);
    expect(results.get(w.ids[3])).toMatchObject({ status: "failed", response: "550 5.1.1 <adresse>: Recipient address rejected: User unknown" });
    for (const i of [0, 1, 2, 4]) expect(results.get(w.ids[i])!.status).toBe("accepted");
    expect(w.smtp.received).toHaveLength(4);

    const rows = await store.listDeliveries(roundId);
    expect(rows.map((d) => [d.memberId, d.kind, d.status])).toEqual(w.ids.map((id, i) => [id, "link", i === 3 ? "failed" : "accepted"]));
    expect(JSON.stringify(rows)).not.toContain("@");
  });

  it("a second instance on the same database sees the same per-member status", async () => {
    const other = await openPostgresStore(url, { max: 2 });
    try {
      expect(await other.listDeliveries(roundId)).toEqual(await store.listDeliveries(roundId));
      expect((await other.listMembers(w.caseId)).map((m) => m.email)).toEqual(FIVE.map((s) => s.email));
    } finally {
      await other.close();
    }
    const s = await status(w, roundId);
    expect(s.members.find((m) => m.memberId === w.ids[3])!.mail).toMatchObject({ hasEmail: true, reminder: "allowed", last: { status: "failed" } });
    expect(s.members.find((m) => m.memberId === w.ids[0])!.mail).toMatchObject({ reminder: "too_soon", last: { status: "accepted" } });
  });

  it("the refused member can be reminded at once; a day later all five (nobody has submitted) are", async () => {
    w.smtp.reject.clear();
    const first = await remind(w, roundId);
    expect(first.status).toBe(200);
    expect(first.answer).toMatchObject({ accepted: 1, failed: 0 });
    expect(first.answer.results.find((r) => r.status === "accepted")!.memberId).toBe(w.ids[3]);

    w.t.advance(DAY + 60_000);
    const second = await remind(w, roundId);
    expect(second.status).toBe(200);
    expect(second.answer).toMatchObject({ accepted: 5, failed: 0, skipped: 0 });
    expect(w.smtp.received).toHaveLength(4 + 1 + 5);
    const rows = await store.listDeliveries(roundId);
    expect(rows.filter((d) => d.kind === "reminder" && d.status === "accepted")).toHaveLength(6);
  });

  it("closing erases the addresses in the database and keeps the delivery records", async () => {
    const res = await w.t.call("POST", `/api/rounds/${roundId}/close`, { auth: w.fac });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { erasedAddresses: number }).erasedAddresses).toBe(5);
    expect((await store.listMembers(w.caseId)).map((m) => m.email)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(await store.listDeliveries(roundId)).toHaveLength(5 + 1 + 5);
  });
});
