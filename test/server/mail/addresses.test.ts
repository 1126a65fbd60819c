// The member's e-mail address: validated, edited while a round is open, erased at close unless kept, never in exports or aggregates.
import { afterEach, describe, expect, it } from "vitest";
import type { Member } from "../../../domain/index.ts";
import { FIVE, draftRound, mailWorld, openBy, type MailWorld } from "./fixture.ts";

let w: MailWorld | undefined;
afterEach(async () => {
  await w?.close();
  w = undefined;
});

const members = async (world: MailWorld) =>
  ((await (await world.t.call("GET", `/api/cases/${world.caseId}/members`, { auth: world.fac })).json()) as { members: Member[] }).members;

describe("member e-mail address", () => {
  it("is validated (400 naming the field), trimmed and lower-cased; null erases it", async () => {
    w = await mailWorld([{ role: "PPT" }]);
    const url = `/api/cases/${w.caseId}/members`;
    for (const email of ["not an address", "a@b", "ola@kommune.no\nBcc: x@y.no", `${"x".repeat(200)}@kommune.no`]) {
      const res = await w.t.call("POST", url, { auth: w.fac, body: { role: "HEGE", email } });
      expect(res.status, email).toBe(400);
      const body = (await res.json()) as { error: { code: string; issues: { path: string }[] } };
      expect(body.error.code).toBe("invalid_input");
      expect(body.error.issues.map((i) => i.path)).toContain("email");
    }
    const ok = await w.t.call("POST", url, { auth: w.fac, body: { role: "HEGE", email: "  Ola.Nordmann@Kommune.NO " } });
    expect(ok.status).toBe(201);
    const id = ((await ok.json()) as { member: Member }).member.id;
    expect((await members(w)).find((m) => m.id === id)!.email).toBe("ola.nordmann@kommune.no");
    const erased = await w.t.call("PATCH", `${url}/${id}`, { auth: w.fac, body: { email: null } });
    expect(((await erased.json()) as { member: Member }).member).not.toHaveProperty("email");
  });

  it("a patch of the role keeps the label, and a patch of the code keeps the unit (absent fields are not blanked)", async () => {
    w = await mailWorld([{ role: "SKLær", label: "Kontaktlærer", email: "k@skole.test" }]);
    const patched = await w.t.call("PATCH", `/api/cases/${w.caseId}/members/${w.ids[0]}`, { auth: w.fac, body: { role: "SR" } });
    expect(((await patched.json()) as { member: Member }).member).toMatchObject({ role: "SR", label: "Kontaktlærer", email: "k@skole.test" });
    const kase = await w.t.call("PATCH", `/api/cases/${w.caseId}`, { auth: w.fac, body: { code: "Sak XYZ 1" } });
    expect(((await kase.json()) as { case: { unit: string } }).case.unit).toBe("Heimdal skole");
  });

  it("may be changed while a round is open; role and label stay locked (409)", async () => {
    w = await mailWorld(FIVE.slice(0, 2));
    const roundId = await draftRound(w);
    await openBy(w, roundId);
    const url = `/api/cases/${w.caseId}/members/${w.ids[0]}`;
    expect((await w.t.call("PATCH", url, { auth: w.fac, body: { email: "ny@kommune.test" } })).status).toBe(200);
    expect((await w.t.call("PATCH", url, { auth: w.fac, body: { label: "Ny" } })).status).toBe(409);
    expect((await w.t.call("PATCH", url, { auth: w.fac, body: { email: "x@kommune.test", role: "SR" } })).status).toBe(409);
    expect((await members(w)).find((m) => m.id === w!.ids[0])!.email).toBe("ny@kommune.test");
  });

  it("never appears in an analysis, an export, the status, or the cross-case aggregates", async () => {
    w = await mailWorld();
    const roundId = await draftRound(w);
    await openBy(w, roundId, { delivery: "email" });
    const paths = [
      `/api/rounds/${roundId}/status`,
      `/api/rounds/${roundId}/analysis`,
      `/api/rounds/${roundId}`,
      `/api/rounds/${roundId}/export?format=json`,
      `/api/rounds/${roundId}/export?format=csv-long`,
      `/api/rounds/${roundId}/export?format=graphml`,
      `/api/cases/${w.caseId}/export?format=json`,
      "/api/aggregates",
    ];
    for (const path of paths) {
      const res = await w.t.call("GET", path, { auth: w.fac });
      expect(res.status, path).toBe(200);
      const text = await res.text();
      for (const seat of FIVE) expect(text, path).not.toContain(seat.email);
    }
  });
});

describe("erasing the addresses when the round closes", () => {
  it("erases every member's address at close and says how many", async () => {
    w = await mailWorld();
    const roundId = await draftRound(w);
    await openBy(w, roundId, { delivery: "email" });
    const res = await w.t.call("POST", `/api/rounds/${roundId}/close`, { auth: w.fac });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { erasedAddresses: number }).erasedAddresses).toBe(5);
    // Erased in place: the members keep their order (the matrix of the closed round reads as before).
    expect((await members(w)).map((m) => [m.id, m.email])).toEqual(w.ids.map((id) => [id, undefined]));
    // Nothing of an address is left in the stored case either (delivery records keep the server's answer without it).
    const stored = JSON.stringify([await w.t.deps.store.listMembers(w.caseId), await w.t.deps.store.listDeliveries(roundId)]);
    for (const seat of FIVE) expect(stored).not.toContain(seat.email);
  });

  it("keeps the members' order when only some had an address", async () => {
    w = await mailWorld([{ role: "PPT" }, { role: "HEGE", email: "h@kommune.test" }, { role: "SR" }]);
    const roundId = await draftRound(w);
    await openBy(w, roundId);
    const res = await w.t.call("POST", `/api/rounds/${roundId}/close`, { auth: w.fac });
    expect(((await res.json()) as { erasedAddresses: number }).erasedAddresses).toBe(1);
    expect((await members(w)).map((m) => [m.id, m.email])).toEqual(w.ids.map((id) => [id, undefined]));
  });

  it("keeps them with { keepAddresses: true } (for the next round), and the next round can mail them", async () => {
    w = await mailWorld();
    const first = await draftRound(w);
    await openBy(w, first, { delivery: "email" });
    const res = await w.t.call("POST", `/api/rounds/${first}/close`, { auth: w.fac, body: { keepAddresses: true } });
    expect(((await res.json()) as { erasedAddresses: number }).erasedAddresses).toBe(0);
    expect((await members(w)).map((m) => m.email)).toEqual(FIVE.map((s) => s.email));
    const next = await draftRound(w, { name: "Vår 2026" });
    const { answer } = await openBy(w, next, { delivery: "email" });
    expect(answer.deliveries.filter((d) => d.status === "accepted")).toHaveLength(5);
    expect(w.smtp.received).toHaveLength(10);
  });

  it("keeps them while another round of the case is still open (its reminders need them)", async () => {
    w = await mailWorld();
    const a = await draftRound(w, { name: "A" });
    const b = await draftRound(w, { name: "B" });
    await openBy(w, a);
    await openBy(w, b);
    const res = await w.t.call("POST", `/api/rounds/${a}/close`, { auth: w.fac });
    expect(((await res.json()) as { erasedAddresses: number }).erasedAddresses).toBe(0);
    const last = await w.t.call("POST", `/api/rounds/${b}/close`, { auth: w.fac });
    expect(((await last.json()) as { erasedAddresses: number }).erasedAddresses).toBe(5);
  });

  it("refuses an unknown field in the close body (400) and closes nothing", async () => {
    w = await mailWorld(FIVE.slice(0, 2));
    const roundId = await draftRound(w);
    await openBy(w, roundId);
    const res = await w.t.call("POST", `/api/rounds/${roundId}/close`, { auth: w.fac, body: { keep: true } });
    expect(res.status).toBe(400);
    expect((await members(w))[0].email).toBe(FIVE[0].email);
  });
});
