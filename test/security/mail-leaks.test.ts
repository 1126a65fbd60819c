// With mail delivery on, no personal link token (nor its hash) appears in any API answer or log line: only in the mails.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { hashToken } from "../../server/security/tokens.ts";
import { createSmtpMailer } from "../../server/mail/transport.ts";
import { FIVE, draftRound, mailWorld, tokenIn, type MailWorld } from "../server/mail/fixture.ts";
import { downSmtpUrl } from "../server/mail/smtp.ts";

const DAY = 24 * 3_600_000;
const logs: string[] = [];
const bodies: { what: string; text: string }[] = [];
const spies: ReturnType<typeof vi.spyOn>[] = [];
let w: MailWorld;

/** A facilitator call whose answer is kept for the scan. */
async function call(method: string, path: string, body?: unknown): Promise<Response> {
  const res = await w.t.call(method, path, { auth: w.fac, body });
  bodies.push({ what: `${method} ${path} → ${res.status}`, text: await res.clone().text() });
  return res;
}

beforeAll(async () => {
  for (const m of ["log", "info", "warn", "error", "debug"] as const) {
    spies.push(vi.spyOn(console, m).mockImplementation((...args: unknown[]) => void logs.push(args.map(String).join(" "))));
  }
  w = await mailWorld();
});
afterAll(async () => {
  spies.forEach((s) => s.mockRestore());
  await w.close();
});

describe("no link token outside the mails once mail delivery is on", () => {
  it("open by e-mail, status, a refused and an accepted reminder, a down server, close: every answer and log line is clean", async () => {
    w.smtp.reject.add(FIVE[4].email!);
    const roundId = await draftRound(w, { family: { include: true }, child: { include: true } });
    const opened = await call("POST", `/api/rounds/${roundId}/open`, { delivery: "email" });
    expect(opened.status).toBe(200);
    // Only the child's link is answered (it is never mailed); it is the facilitator's to hand over.
    const shown = ((await opened.json()) as { links: { memberId: string; url: string }[] }).links;
    expect(shown.map((l) => l.memberId)).toEqual(["_child"]);
    await call("GET", `/api/rounds/${roundId}/status`);
    await call("GET", `/api/rounds/${roundId}/family`);
    await call("POST", `/api/rounds/${roundId}/reminders`); // 429: too soon
    w.t.advance(DAY + 1000);
    await call("POST", `/api/rounds/${roundId}/reminders`);
    await call("GET", `/api/rounds/${roundId}/status`);
    // The server goes down: a reminder to the refused member (whose mail never arrived) fails with the socket error.
    const real = w.t.deps.mailer;
    w.t.deps.mailer = createSmtpMailer({ url: await downSmtpUrl(), from: "laget@kommune.test" });
    await call("PATCH", `/api/cases/${w.caseId}/members/${w.ids[4]}`, { email: "forelder.ny@familie.test" });
    await call("POST", `/api/rounds/${roundId}/reminders`);
    w.t.deps.mailer = real;
    await call("GET", `/api/rounds/${roundId}/status`);
    await call("GET", `/api/rounds/${roundId}/export?format=json`);
    await call("GET", `/api/cases/${w.caseId}`);
    await call("POST", `/api/rounds/${roundId}/close`);
    // A respondent page is answered too: the one link's page may carry its own token (form action), no other.
    const tokens = w.smtp.received.map((r) => tokenIn(r.mail.text!));
    expect(tokens).toHaveLength(4 + 4); // four links and four reminders (the parents' address refused both times)
    const pages = await Promise.all(tokens.map(async (tk) => ({ tk, text: await (await w.t.call("GET", `/api/s/${tk}`)).text() })));

    const child = shown.map((l) => l.url.split("/s/")[1]);
    const needles = [...tokens, ...tokens.map(hashToken), ...child, ...child.map(hashToken)];
    const leaks: string[] = [];
    for (const { what, text } of [...bodies, ...logs.map((text) => ({ what: "log", text }))]) {
      // The open answer shows the child's link by design (once), and nothing else.
      const allowed = what.includes("/open →") ? new Set(child) : new Set<string>();
      for (const n of needles) if (!allowed.has(n) && text.includes(n)) leaks.push(`${what}: ${n.slice(0, 6)}…`);
    }
    for (const { tk, text } of pages) for (const n of needles) if (n !== tk && text.includes(n)) leaks.push(`page: ${n.slice(0, 6)}…`);
    expect(leaks).toEqual([]);
    expect(bodies.length).toBeGreaterThan(10);
    // The failures were answered with their reasons, not hidden.
    expect(bodies.some((b) => b.text.includes("<adresse>: Recipient address rejected"))).toBe(true);
    expect(bodies.some((b) => b.text.includes("ECONNREFUSED"))).toBe(true);
  });
});
