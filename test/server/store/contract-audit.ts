// Store contract, audit log: numbered and chained entries, filters and pages newest first, months removed only from the front.
import { expect, it } from "vitest";
import type { AuditDraft } from "../../../domain/index.ts";
import { GENESIS_HASH, auditHash, verifyAuditRecords } from "../../../domain/audit-chain.ts";
import type { Store } from "../../../server/store/types.ts";

type WithStore = (fn: (store: Store) => Promise<void>) => () => Promise<void>;

export const draft = (at: string, over: Partial<AuditDraft> = {}): AuditDraft => ({
  at, actor: { id: "u1", email: "a@example.no" }, action: "case.view", ip: "127.0.0.1", ...over,
});

/** Registers the audit tests inside a backend's contract suite. */
export function auditContract(withStore: WithStore) {
  it("numbers and chains audit entries: each hashes the one before", withStore(async (store) => {
    const a = await store.appendAudit(draft("2025-01-01T10:00:00.000Z", { caseId: "c1" }));
    const b = await store.appendAudit(draft("2025-01-01T10:01:00.000Z", { action: "export.round", detail: { format: "csv" } }));
    expect(a).toMatchObject({ seq: 1, prevHash: GENESIS_HASH, caseId: "c1" });
    expect(b).toMatchObject({ seq: 2, prevHash: a.hash, detail: { format: "csv" } });
    const { hash, ...rest } = b;
    expect(auditHash(rest)).toBe(hash);
    const report = await verifyAuditRecords(store.readAudit());
    expect(report).toEqual({ count: 2, head: { seq: 2, hash: b.hash }, firstBad: null });
  }));

  it("keeps the order of concurrent appends and never lets time run backwards in the chain", withStore(async (store) => {
    const written = await Promise.all(Array.from({ length: 40 }, (_, i) => store.appendAudit(draft(`2025-01-01T10:00:${String(59 - i).padStart(2, "0")}.000Z`))));
    expect(written.map((e) => e.seq).sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    const all = await store.listAudit({ limit: 500 });
    for (let i = 1; i < all.length; i++) expect(Date.parse(all[i - 1].at)).toBeGreaterThanOrEqual(Date.parse(all[i].at));
    expect((await verifyAuditRecords(store.readAudit())).firstBad).toBeNull();
  }));

  it("lists entries newest first by case, user (actor or target), action and time, a page at a time", withStore(async (store) => {
    await store.appendAudit(draft("2025-01-01T09:00:00.000Z", { caseId: "c1" }));
    await store.appendAudit(draft("2025-01-02T09:00:00.000Z", { actor: { id: "u2", email: "b@example.no" }, caseId: "c2" }));
    await store.appendAudit(draft("2025-01-03T09:00:00.000Z", { action: "user.role", target: { id: "u2", email: "b@example.no" } }));
    await store.appendAudit(draft("2025-02-01T09:00:00.000Z", { caseId: "c1", action: "export.case" }));
    const seqs = async (q: Parameters<Store["listAudit"]>[0]) => (await store.listAudit(q)).map((e) => e.seq);
    expect(await seqs({ limit: 100 })).toEqual([4, 3, 2, 1]);
    expect(await seqs({ limit: 100, caseId: "c1" })).toEqual([4, 1]);
    expect(await seqs({ limit: 100, userId: "u2" })).toEqual([3, 2]);
    expect(await seqs({ limit: 100, action: "export.case" })).toEqual([4]);
    expect(await seqs({ limit: 100, from: "2025-01-02T09:00:00.000Z", to: "2025-02-01T09:00:00.000Z" })).toEqual([3, 2]);
    expect(await seqs({ limit: 2 })).toEqual([4, 3]);
    expect(await seqs({ limit: 2, before: 3 })).toEqual([2, 1]);
    expect(await seqs({ limit: 2, before: 1 })).toEqual([]);
  }));

  it("summarises months and removes only the oldest one; the chain goes on after it", withStore(async (store) => {
    await store.appendAudit(draft("2025-01-05T00:00:00.000Z"));
    const jan = await store.appendAudit(draft("2025-01-31T23:59:59.000Z"));
    await store.appendAudit(draft("2025-02-01T00:00:00.000Z"));
    await store.appendAudit(draft("2025-03-01T00:00:00.000Z"));
    const segments = await store.auditSegments();
    expect(segments.map((x) => [x.month, x.firstSeq, x.lastSeq])).toEqual([["2025-01", 1, 2], ["2025-02", 3, 3], ["2025-03", 4, 4]]);
    expect(segments[0].lastHash).toBe(jan.hash);
    await expect(store.dropAuditSegment("2025-02")).rejects.toThrow(/oldest/);
    await store.dropAuditSegment("2025-01");
    expect((await store.listAudit({ limit: 100 })).map((e) => e.seq)).toEqual([4, 3]);
    await store.dropAuditSegment("2025-02");
    await expect(store.dropAuditSegment("2025-03")).rejects.toThrow(/newest/);
    const next = await store.appendAudit(draft("2025-03-02T00:00:00.000Z"));
    expect(next.seq).toBe(5);
    // Without a trim entry naming the cut, verification says entries are missing at the front.
    expect((await verifyAuditRecords(store.readAudit())).firstBad).toMatchObject({ seq: 4 });
  }));

  it("refuses a draft that is not an audit entry", withStore(async (store) => {
    await expect(store.appendAudit({ ...draft("2025-01-01T00:00:00.000Z"), action: "nonsense" as never })).rejects.toThrow();
    await expect(store.appendAudit({ ...draft("2025-01-01T00:00:00.000Z"), detail: { password: { nested: 1 } as never } })).rejects.toThrow();
    expect(await store.listAudit({ limit: 10 })).toEqual([]);
  }));
}
