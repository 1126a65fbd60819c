// End to end through a real SMTP server: a round of five members opened by e-mail, then one reminder; every message checked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RC7_V1 } from "../../../surveys/rc7.ts";
import { Browser } from "../survey/fixture.ts";
import { FIVE, byMember, draftRound, mailWorld, openBy, pathIn, remind, status, tokenIn, type MailWorld } from "./fixture.ts";
import type { Received } from "./smtp.ts";

const DAY = 24 * 3_600_000;
/** The headers of a click on a link in a webmail: a top-level navigation from another site. */
const WEBMAIL_CLICK = { "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate", "sec-fetch-dest": "document" };
let w: MailWorld;
let roundId: string;
const closesAt = new Date(Date.now() + 14 * DAY).toISOString();

/** Prints one message as the recipient gets it (the closing note quotes this output). */
function show(title: string, r: Received) {
  console.log(`----- ${title}: to ${r.to}\nSubject: ${r.mail.subject}\nContent-Type parts: text ${r.mail.text ? "yes" : "no"}, html ${r.mail.html ? "yes" : "no"}\n\n${r.mail.text}`);
}

beforeAll(async () => {
  w = await mailWorld();
  roundId = await draftRound(w, { closesAt, family: { include: true } });
});
afterAll(() => w.close());

describe("a round of five members opened by e-mail, with one reminder", () => {
  const firstTokens = new Map<string, string>();

  it("mails each member their own link, leaves those links out of the answer and reports each mail as accepted", async () => {
    const { status: code, answer } = await openBy(w, roundId, { delivery: "email" });
    expect(code).toBe(200);
    expect(answer.round.status).toBe("open");
    expect(answer.links).toEqual([]); // everyone has an address: the facilitator sees no link
    expect(answer.deliveries.map((d) => [d.memberId, d.kind, d.status])).toEqual(w.ids.map((id) => [id, "link", "accepted"]));
    for (const d of answer.deliveries) expect(d.response).toMatch(/^250 /);
    expect(JSON.stringify(answer)).not.toContain("/s/");
    expect(w.smtp.received).toHaveLength(5);
  });

  it("sends every message to the member's address, in bokmål, with a plain-text and an HTML part, saying who asked, how long and until when", async () => {
    const got = [...w.smtp.received];
    expect(got.map((r) => r.to).sort()).toEqual(FIVE.map((s) => s.email).sort());
    for (const r of got) {
      const seat = FIVE.find((s) => s.email === r.to)!;
      show(`link (${seat.role})`, r);
      expect(r.mail.from?.value).toEqual([{ name: "Laget", address: "laget@kommune.test" }]);
      expect(r.mail.replyTo?.value).toEqual([{ name: "", address: "kari.nordmann@kommune.test" }]);
      expect(r.mail.text).toBeTruthy();
      expect(r.mail.html).toBeTruthy();
      const text = r.mail.text!;
      expect(text).toContain("Kari Nordmann (Heimdal skole)");
      expect(text).toContain("omtrent 5 minutter");
      expect(text).toMatch(/fram til \d{1,2}\. \p{L}+ \d{4} kl\. \d\d:\d\d/u);
      expect(text).not.toContain("Sak ABC 7"); // never the case's code
      expect(text).not.toMatch(/Påminnelse/);
      if (seat.role === "FORÆ") {
        expect(r.mail.subject).toBe("Hvordan opplever dere samarbeidet? Kort spørreskjema (ca. 5 min)");
        expect(text).toContain("Om e-postadressen: Adressen brukes bare til å sende dere denne lenken og høyst 3 påminnelser. Den slettes når runden lukkes");
      } else {
        expect(r.mail.subject).toBe("Hvordan samarbeider teamet? Kort spørreskjema (ca. 5 min)");
        expect(text).not.toContain("Om e-postadressen");
      }
      // The HTML part carries the same link, as a button and as text.
      const token = tokenIn(text);
      expect(r.mail.html as string).toContain(`href="http://laget.test/s/${token}?lang=nb"`);
      firstTokens.set(seat.email!, token);
    }
    expect(new Set(firstTokens.values()).size).toBe(5);
  });

  it("each link opens that member's form", async () => {
    for (const r of w.smtp.received) {
      const res = await w.t.call("GET", pathIn(r.mail.text!));
      expect(res.status, r.to).toBe(200);
      const page = await res.text();
      expect(page).toContain("<form");
      const seat = FIVE.find((s) => s.email === r.to)!;
      const api = (await (await w.t.call("GET", `/api/s/${tokenIn(r.mail.text!)}`)).json()) as { form: string; targets: { id: string }[] };
      expect(api.form).toBe(seat.role === "FORÆ" ? "family" : "team");
      if (api.form === "team") expect(api.targets.map((t) => t.id)).not.toContain(w.ids[FIVE.indexOf(seat)]);
    }
  });

  it("the status shows per member that the mail was accepted, and nobody can be reminded within a day of it (429)", async () => {
    const s = await status(w, roundId);
    expect(s.mail).toEqual({ enabled: true, withAddress: 5 });
    for (const m of s.members) {
      expect(m.mail).toMatchObject({ hasEmail: true, reminders: 0, reminder: "too_soon", last: { kind: "link", status: "accepted" } });
      expect(m.mail.last!.response).toMatch(/^250 /);
    }
    const early = await remind(w, roundId);
    expect(early.status).toBe(429);
    expect(early.answer.error?.code).toBe("reminder_too_soon");
    expect(Number(early.retryAfter)).toBeGreaterThan(DAY / 1000 - 60);
    expect(Number(early.retryAfter)).toBeLessThanOrEqual(DAY / 1000);
    expect(w.smtp.received).toHaveLength(5);
  });

  it("a day later the reminder goes to the four who have not submitted; the draft is kept behind the new link and the old link stops working", async () => {
    const [ppt, hege] = FIVE;
    // PPT submits every rating; the health nurse saves a draft of two ratings.
    const pptToken = firstTokens.get(ppt.email!)!;
    const form = (await (await w.t.call("GET", `/api/s/${pptToken}`)).json()) as { targets: { id: string }[] };
    const all = form.targets.flatMap((t) => RC7_V1.items.map((i) => ({ target: t.id, item: i.id, value: 4 })));
    expect((await w.t.call("PUT", `/api/s/${pptToken}`, { body: { ratings: all, submit: true } })).status).toBe(200);
    const draft = [
      { target: w.ids[0], item: RC7_V1.items[0].id, value: 2 },
      { target: w.ids[2], item: RC7_V1.items[1].id, value: 5 },
    ];
    // She opens the mailed link in her browser (a click in webmail), which keeps its device cookie, and saves there.
    const hegeOld = firstTokens.get(hege.email!)!;
    const hegeBrowser = new Browser(w.t.app);
    expect((await hegeBrowser.request(`/s/${hegeOld}`, { headers: WEBMAIL_CLICK })).status).toBe(200);
    const saved = await hegeBrowser.request(`/api/s/${hegeOld}`, { method: "PUT", body: JSON.stringify({ ratings: draft }), headers: { "content-type": "application/json" } });
    expect(saved.status).toBe(200);

    w.t.advance(DAY + 60_000);
    const { status: code, answer } = await remind(w, roundId);
    expect(code).toBe(200);
    expect(answer).toMatchObject({ accepted: 4, failed: 0, skipped: 0 });
    const results = byMember(answer.results);
    expect(results.has(w.ids[0])).toBe(false); // submitted: no reminder
    for (const id of w.ids.slice(1)) expect(results.get(id)).toMatchObject({ kind: "reminder", status: "accepted" });
    expect(JSON.stringify(answer)).not.toContain("/s/");

    const reminders = w.smtp.received.slice(5);
    expect(reminders.map((r) => r.to).sort()).toEqual(FIVE.slice(1).map((s) => s.email).sort());
    for (const r of reminders) {
      const seat = FIVE.find((s) => s.email === r.to)!;
      show(`reminder (${seat.role})`, r);
      expect(r.mail.subject).toMatch(/^Påminnelse: /);
      expect(r.mail.text).toContain("Vi har ikke fått svaret ditt ennå.");
      expect(r.mail.text).toContain("Denne lenken erstatter den du fikk før");
      expect(r.mail.html).toBeTruthy();
      const newToken = tokenIn(r.mail.text!);
      expect(newToken).not.toBe(firstTokens.get(seat.email!));
      expect((await w.t.call("GET", pathIn(r.mail.text!))).status).toBe(200);
      expect((await w.t.call("GET", `/s/${firstTokens.get(seat.email!)}`)).status).toBe(404);
      if (seat === hege) {
        expect(r.mail.text).toContain("Svarene du har lagret, er tatt vare på");
        // The reminder's link, clicked in the same browser, opens her draft; in any other browser it shows nothing.
        expect((await hegeBrowser.request(pathIn(r.mail.text!), { headers: WEBMAIL_CLICK })).status).toBe(200);
        const state = (await (await hegeBrowser.request(`/api/s/${newToken}`)).json()) as { stored: string; ratings: unknown[]; submitted: boolean };
        expect(state).toMatchObject({ stored: "yours", submitted: false });
        expect(state.ratings).toEqual(draft);
        const elsewhere = (await (await w.t.call("GET", `/api/s/${newToken}`)).json()) as { stored: string; ratings: unknown[] };
        expect(elsewhere).toMatchObject({ stored: "earlier_link", ratings: [] });
      } else {
        expect(r.mail.text).not.toContain("Svarene du har lagret");
      }
    }
    const s = await status(w, roundId);
    const hegeRow = s.members.find((m) => m.memberId === w.ids[1])!;
    expect(hegeRow.state).toBe("draft");
    expect(hegeRow.mail).toMatchObject({ reminders: 1, reminder: "too_soon", last: { kind: "reminder", status: "accepted" } });
    expect(s.members.find((m) => m.memberId === w.ids[0])!.state).toBe("submitted");
  });
});
