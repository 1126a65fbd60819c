// The access-request export holds every stored record of a case; after DELETE none of them is left in the data folder.
import { afterEach, describe, expect, it } from "vitest";
import { AccessExport, type AnswerSet } from "../../../domain/index.ts";
import { scanDir } from "../store/disk-scan.ts";
import { VICTIM, victimAnswers, victimNeedles } from "../store/erasure-data.ts";
import { hashOf } from "../store/sample-data.ts";
import { VICTIM_DUE, appAt, retentionFolder } from "./setup.ts";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));
const NOW = () => new Date("2026-06-01T00:00:00.000Z");

/** The answer sets the store must hold: the last save of each respondent in each round (worked out from the saves). */
function lastSaves(saves: AnswerSet[]): AnswerSet[] {
  const last = new Map<string, AnswerSet>();
  for (const a of saves) last.set(`${a.roundId}/${a.memberId}`, a);
  return [...last.values()];
}

describe("access-request export", () => {
  it("gives admins the case, members, rounds, links, every raw answer (family and child too) and imported scores", async () => {
    const f = await retentionFolder();
    cleanups.push(f.cleanup);
    const { login } = await appAt(f.store, NOW);
    const admin = await login("admin@laget.test");
    const res = await admin("GET", `/api/cases/${VICTIM}/access-export`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("laget_Offer-Qz7x_innsyn.json");
    const text = await res.text();
    const doc = AccessExport.parse(JSON.parse(text));
    expect(doc.case).toMatchObject({ id: VICTIM, code: "Offer-Qz7x", unit: "Skole-Qz7x" });
    expect(doc.members.map((m) => m.label).sort()).toEqual(["Helsesøster Åse-Qx", "Lærer Ørnulf-Qx", "Mor Signy-Qx", "PPT Bjørg-Qx"]);
    expect(doc.rounds.map((r) => r.round.name).sort()).toEqual(["Familierunde-Qz7x", "Import-Qz7x", "Vårrunde-Qz7x"]);
    const exported = doc.rounds.flatMap((r) => r.answers);
    const key = (a: AnswerSet) => `${a.roundId}/${a.memberId}`;
    const expected = lastSaves(victimAnswers(20));
    expect(exported.map(key).sort()).toEqual(expected.map(key).sort());
    for (const a of expected) expect(exported.find((e) => key(e) === key(a))).toEqual(a);
    expect(exported.some((a) => a.memberId === "_child" && a.ratings.some((r) => r.item === "child_safe"))).toBe(true);
    expect(doc.rounds.find((r) => r.round.source === "import")!.pairScores).toEqual([
      { rater: "victim-m0", target: "victim-m1", score: 1.25 },
      { rater: "victim-m1", target: "victim-m0", score: 4.75 },
    ]);
    expect(doc.rounds.flatMap((r) => r.links).map((l) => l.memberId).sort()).toEqual(["_child", "victim-m0", "victim-m1", "victim-m2", "victim-m3"]);
    // Link token hashes are credentials: never in a response.
    expect(text).not.toContain(hashOf("victim-token-child"));
    expect(doc.erasesAt).toBe(VICTIM_DUE);
    // Every stored string of the case is in the document (answers and scores are compared structurally above).
    const strings = victimNeedles([]).filter((n) => !n.startsWith("{") && !/^[0-9a-f]{64}$/.test(n)).map((n) => n.replaceAll('"', ""));
    expect(strings.filter((s) => !text.includes(s))).toEqual([]);
    // Nothing of the other cases.
    expect(text).not.toContain("Behold-1");
    expect(text).not.toContain("keep-r1");

    const fasi = await login("fasi@laget.test");
    expect((await fasi("GET", `/api/cases/${VICTIM}/access-export`)).status).toBe(403);
    expect((await admin("GET", "/api/cases/NOSUCHCASE/access-export")).status).toBe(404);
    await f.store.close();
  });

  it("after DELETE answers 204, no value of the case is found anywhere in the data folder", async () => {
    const f = await retentionFolder();
    cleanups.push(f.cleanup);
    const { login } = await appAt(f.store, NOW);
    const admin = await login("admin@laget.test");
    const needles = victimNeedles(victimAnswers(20));
    expect(scanDir(f.dir, needles).length).toBeGreaterThan(0);
    expect((await admin("DELETE", `/api/cases/${VICTIM}`)).status).toBe(204);
    // The audit log keeps the deleted case's id (who deleted which case, when) and nothing else of it.
    expect(scanDir(f.dir, needles).filter((hit) => hit !== `audit/${NOW().toISOString().slice(0, 7)}.log: "${VICTIM}"`)).toEqual([]);
    expect((await admin("GET", `/api/cases/${VICTIM}/access-export`)).status).toBe(404);
    await f.store.close();
  });
});
