// A mail server that refuses a recipient, or is down: the status shows the failure and the server's reason; nothing crashes.
import { afterEach, describe, expect, it } from "vitest";
import { createSmtpMailer } from "../../../server/mail/transport.ts";
import { FIVE, byMember, draftRound, mailWorld, openBy, remind, status, tokenIn, type MailWorld } from "./fixture.ts";
import { downSmtpUrl } from "./smtp.ts";

const DAY = 24 * 3_600_000;
let w: MailWorld | undefined;
afterEach(async () => {
  await w?.close();
  w = undefined;
});

describe("a recipient refused by the mail server", () => {
  it("is reported as failed with the SMTP answer (without the address); the others are mailed; the status shows it", async () => {
    w = await mailWorld();
    w.smtp.reject.add(FIVE[2].email!);
    const roundId = await draftRound(w);
    const { status: code, answer } = await openBy(w, roundId, { delivery: "email" });
    expect(code).toBe(200);
    const results = byMember(answer.deliveries);
    const refused = results.get(w.ids[2])!;
    expect(refused.status).toBe("failed");
    expect(refused.response).toBe("550 5.1.1 <adresse>: Recipient address rejected: User unknown");
    for (const i of [0, 1, 3, 4]) expect(results.get(w.ids[i])!.status).toBe("accepted");
    // The refused member's link is neither mailed nor shown: the facilitator re-issues it or sends a reminder.
    expect(answer.links).toEqual([]);
    expect(w.smtp.received.map((r) => r.to)).not.toContain(FIVE[2].email);
    expect(w.smtp.received).toHaveLength(4);

    const s = await status(w, roundId);
    const row = s.members.find((m) => m.memberId === w!.ids[2])!;
    expect(row.mail).toMatchObject({ hasEmail: true, reminders: 0, reminder: "allowed", last: { kind: "link", status: "failed", response: refused.response } });
    expect(JSON.stringify(s)).not.toContain(FIVE[2].email);
  });

  it("a failed reminder gives the old link back, and the member can be reminded again at once once the address is mended", async () => {
    w = await mailWorld();
    const roundId = await draftRound(w);
    await openBy(w, roundId, { delivery: "email" });
    const oldToken = tokenIn(w.smtp.received.find((r) => r.to === FIVE[3].email)!.mail.text!);
    w.t.advance(DAY + 1000);
    w.smtp.reject.add(FIVE[3].email!);
    const first = await remind(w, roundId);
    expect(first.status).toBe(200);
    expect(first.answer).toMatchObject({ accepted: 4, failed: 1, skipped: 0 });
    expect(byMember(first.answer.results).get(w.ids[3])).toMatchObject({ status: "failed", response: expect.stringMatching(/^550 5\.1\.1 <adresse>/) });
    // The mail never arrived, so the link it would have replaced still works.
    expect((await w.t.call("GET", `/s/${oldToken}`)).status).toBe(200);

    const fixed = await w.t.call("PATCH", `/api/cases/${w.caseId}/members/${w.ids[3]}`, { auth: w.fac, body: { email: "spesped.ny@skole.test" } });
    expect(fixed.status).toBe(200); // the address may be mended while the round is open
    const again = await remind(w, roundId);
    expect(again.status).toBe(200);
    expect(again.answer.results.filter((r) => r.status === "accepted").map((r) => r.memberId)).toEqual([w.ids[3]]);
    expect(again.answer.results.filter((r) => r.status === "skipped").every((r) => r.reason === "too_soon")).toBe(true);
    const mail = w.smtp.received.at(-1)!;
    expect(mail.to).toBe("spesped.ny@skole.test");
    expect((await w.t.call("GET", `/s/${oldToken}`)).status).toBe(404);
    expect((await w.t.call("GET", `/s/${tokenIn(mail.mail.text!)}`)).status).toBe(200);
  });
});

describe("a mail server that is down", () => {
  it("opens the round, records every mail as failed with the connection error, tries the server only once, and answers 200", async () => {
    const url = await downSmtpUrl();
    w = await mailWorld(FIVE, {});
    w.t.deps.mailer = createSmtpMailer({ url, from: "laget@kommune.test" });
    let attempts = 0;
    const real = w.t.deps.mailer;
    w.t.deps.mailer = { send: (m) => (attempts++, real.send(m)), close: () => real.close() };
    const roundId = await draftRound(w);
    const { status: code, answer } = await openBy(w, roundId, { delivery: "email" });
    expect(code).toBe(200);
    expect(answer.round.status).toBe("open");
    expect(attempts).toBe(1); // unreachable: the rest are not tried
    expect(answer.deliveries).toHaveLength(5);
    for (const d of answer.deliveries) {
      expect(d.status).toBe("failed");
      expect(d.response).toMatch(/ECONNREFUSED 127\.0\.0\.1:\d+/);
    }
    const s = await status(w, roundId);
    for (const m of s.members) expect(m.mail.last).toMatchObject({ status: "failed", response: expect.stringMatching(/ECONNREFUSED/) });

    // A reminder while it is still down: reported per member, the old (unknown) links are given back, still 200.
    const r = await remind(w, roundId);
    expect(r.status).toBe(200);
    expect(r.answer).toMatchObject({ accepted: 0, failed: 5 });
    expect((await w.t.call("GET", "/healthz")).status).toBe(200);
  });

  it("a server that accepts the connection and never answers fails after the greeting timeout instead of hanging", async () => {
    const net = await import("node:net");
    const silent = net.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as { port: number }).port;
    try {
      const mailer = createSmtpMailer({ url: `smtp://127.0.0.1:${port}`, from: "laget@kommune.test" }, { connection: 500, greeting: 500, socket: 1000 });
      const started = Date.now();
      const outcome = await mailer.send({ to: "a@kommune.test", subject: "x", text: "x", html: "<p>x</p>" });
      expect(outcome).toMatchObject({ status: "failed", unreachable: true });
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      silent.close();
    }
  });
});

describe("mail delivery off (SMTP_URL and MAIL_FROM unset)", () => {
  it("refuses delivery by e-mail and reminders with 409 mail_off, and the round stays a draft", async () => {
    w = await mailWorld(FIVE, { mail: false });
    const roundId = await draftRound(w);
    const res = await w.t.call("POST", `/api/rounds/${roundId}/open`, { auth: w.fac, body: { delivery: "email" } });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("mail_off");
    expect((await status(w, roundId)).status).toBe("draft");
    expect((await status(w, roundId)).mail.enabled).toBe(false);
    const info = await w.t.call("GET", "/api/mail", { auth: w.fac });
    expect(await info.json()).toEqual({ enabled: false, reminders: { max: 3, minHours: 24 } });
    // Opening as before still answers every link.
    const { answer } = await openBy(w, roundId);
    expect(answer.links).toHaveLength(5);
    expect(answer.deliveries).toEqual([]);
    expect((await remind(w, roundId)).answer.error?.code).toBe("mail_off");
    expect(w.smtp.received).toEqual([]);
  });
});
