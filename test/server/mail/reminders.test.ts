// Reminder limits: at most 3 per member and round, a day apart (429 with Retry-After, then 409), only while the round takes answers.
import { afterEach, describe, expect, it } from "vitest";
import type { Delivery } from "../../../domain/index.ts";
import { reminderState } from "../../../server/services/mail/limits.ts";
import { byMember, draftRound, mailWorld, openBy, remind, status, tokenIn, type MailWorld } from "./fixture.ts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let w: MailWorld | undefined;
afterEach(async () => {
  await w?.close();
  w = undefined;
});

const TWO = [
  { role: "PPT", email: "ppt@kommune.test" },
  { role: "HEGE", email: "hege@kommune.test" },
  { role: "SR" },
];

describe("reminderState (the limits as a pure function)", () => {
  const at = (h: number) => new Date(Date.UTC(2025, 2, 10) + h * HOUR);
  const d = (kind: Delivery["kind"], status: Delivery["status"], h: number): Delivery =>
    ({ id: `d${h}`, roundId: "r", memberId: "m", kind, status, response: "250 OK", at: at(h).toISOString() });

  it("allows a first reminder when nothing was mailed, waits a day after an accepted mail, stops after the third", () => {
    expect(reminderState([], at(0))).toEqual({ reminders: 0, state: "allowed", nextAt: null });
    expect(reminderState([d("link", "accepted", 0)], at(23.99))).toEqual({ reminders: 0, state: "too_soon", nextAt: at(24) });
    expect(reminderState([d("link", "accepted", 0)], at(24))).toEqual({ reminders: 0, state: "allowed", nextAt: null });
    const three = [d("link", "accepted", 0), d("reminder", "accepted", 24), d("reminder", "accepted", 48), d("reminder", "accepted", 72)];
    expect(reminderState(three, at(1000))).toEqual({ reminders: 3, state: "limit_reached", nextAt: null });
  });

  it("does not count failed attempts, neither towards the three nor for the wait", () => {
    const failed = [d("link", "failed", 0), d("reminder", "failed", 1), d("reminder", "failed", 2), d("reminder", "failed", 3)];
    expect(reminderState(failed, at(3))).toEqual({ reminders: 0, state: "allowed", nextAt: null });
    expect(reminderState([...failed, d("reminder", "accepted", 4)], at(5))).toMatchObject({ reminders: 1, state: "too_soon" });
  });

  it("measures the wait from the last accepted mail, of either kind", () => {
    expect(reminderState([d("reminder", "accepted", 0), d("link", "accepted", 10)], at(30))).toEqual({ reminders: 1, state: "too_soon", nextAt: at(34) });
  });
});

describe("POST /api/rounds/:id/reminders", () => {
  it("three reminders a day apart, then 409 reminder_limit; in between 429 reminder_too_soon with Retry-After", async () => {
    w = await mailWorld(TWO);
    const roundId = await draftRound(w);
    const { answer } = await openBy(w, roundId, { delivery: "email" });
    expect(answer.links.map((l) => l.memberId)).toEqual([w.ids[2]]); // the member without an address gets a link as before
    expect(w.smtp.received).toHaveLength(2);

    w.t.advance(12 * HOUR);
    const early = await remind(w, roundId);
    expect(early.status).toBe(429);
    expect(early.answer.error?.code).toBe("reminder_too_soon");
    expect(early.retryAfter).toBe(String(12 * 3600));

    for (let n = 1; n <= 3; n++) {
      w.t.advance(12 * HOUR);
      const ok = await remind(w, roundId);
      expect(ok.status, `reminder ${n}`).toBe(200);
      expect(ok.answer).toMatchObject({ accepted: 2, failed: 0, skipped: 0 });
      const again = await remind(w, roundId);
      if (n < 3) {
        expect(again.status).toBe(429);
        expect(again.retryAfter).toBe(String(24 * 3600));
      } else {
        expect(again.status).toBe(409);
        expect(again.answer.error?.code).toBe("reminder_limit");
        expect(again.retryAfter).toBeNull();
      }
      w.t.advance(12 * HOUR);
    }
    w.t.advance(30 * DAY);
    const later = await remind(w, roundId);
    expect(later.status).toBe(409);
    expect(later.answer.error?.code).toBe("reminder_limit");
    expect(w.smtp.received).toHaveLength(2 + 3 * 2);
    const s = await status(w, roundId);
    for (const id of w.ids.slice(0, 2)) expect(s.members.find((m) => m.memberId === id)!.mail).toMatchObject({ reminders: 3, reminder: "limit_reached", nextReminderAt: null });
  });

  it("sends to those within the limits and lists the others as skipped with the reason and when", async () => {
    w = await mailWorld(TWO);
    const roundId = await draftRound(w);
    await openBy(w, roundId, { delivery: "email" });
    w.t.advance(DAY);
    await remind(w, roundId);
    // A third member gets an address later: the next reminder goes to them alone, the others are skipped.
    await w.t.call("PATCH", `/api/cases/${w.caseId}/members/${w.ids[2]}`, { auth: w.fac, body: { email: "sr@skole.test" } });
    w.t.advance(HOUR);
    const r = await remind(w, roundId);
    expect(r.status).toBe(200);
    expect(r.answer).toMatchObject({ accepted: 1, skipped: 2 });
    const res = byMember(r.answer.results);
    expect(res.get(w.ids[2])).toMatchObject({ status: "accepted", kind: "reminder" });
    const retryAt = new Date(w.t.deps.now().getTime() + 23 * HOUR).toISOString();
    expect(res.get(w.ids[0])).toMatchObject({ status: "skipped", reason: "too_soon", retryAt, response: null });
    expect(w.smtp.received.at(-1)!.to).toBe("sr@skole.test");
  });

  it("409 no_recipients when everyone with an address has submitted, and round_not_open once the round is closed or its closing time passed", async () => {
    w = await mailWorld(TWO);
    const closesAt = new Date(w.t.deps.now().getTime() + 3 * DAY).toISOString();
    const roundId = await draftRound(w, { closesAt });
    await openBy(w, roundId, { delivery: "email" });
    for (const r of w.smtp.received) {
      const token = tokenIn(r.mail.text!);
      const res = await w.t.call("PUT", `/api/s/${token}`, { body: { ratings: [], submit: false } });
      expect(res.status).toBe(200);
    }
    w.t.advance(DAY);
    expect((await remind(w, roundId)).status).toBe(200); // two drafts: both reminded
    w.t.advance(3 * DAY);
    const passed = await remind(w, roundId);
    expect(passed.status).toBe(409);
    expect(passed.answer.error?.code).toBe("round_not_open");

    const other = await draftRound(w);
    await openBy(w, other, { delivery: "email" });
    for (const r of w.smtp.received.slice(-2)) {
      const token = tokenIn(r.mail.text!);
      const form = (await (await w.t.call("GET", `/api/s/${token}`)).json()) as { targets: { id: string }[]; instrument: { items: { id: string }[] } };
      const all = form.targets.flatMap((t) => form.instrument.items.map((i) => ({ target: t.id, item: i.id, value: 3 })));
      expect((await w.t.call("PUT", `/api/s/${token}`, { body: { ratings: all, submit: true } })).status).toBe(200);
    }
    const none = await remind(w, other);
    expect(none.status).toBe(409);
    expect(none.answer.error?.code).toBe("no_recipients");
    await w.t.call("POST", `/api/rounds/${other}/close`, { auth: w.fac });
    expect((await remind(w, other)).answer.error?.code).toBe("round_not_open");
  });

  it("two reminder requests at once for one round: one sends, the other gets 409 mail_in_progress (no double mail)", async () => {
    w = await mailWorld(TWO);
    const roundId = await draftRound(w);
    await openBy(w, roundId, { delivery: "email" });
    w.t.advance(DAY);
    const [a, b] = await Promise.all([remind(w, roundId), remind(w, roundId)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect((a.status === 409 ? a : b).answer.error?.code).toBe("mail_in_progress");
    expect(w.smtp.received).toHaveLength(4);
  });
});
