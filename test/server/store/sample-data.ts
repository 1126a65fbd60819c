// Valid sample entities for store tests (ids, hashes and timestamps that pass the domain schemas).
import { createHash } from "node:crypto";
import type { Action, AnswerSet, Case, Link, Member, Round, Session, User } from "../../../domain/index.ts";
import type { StoredRelease } from "../../../domain/release.ts";
import type { Store } from "../../../server/store/types.ts";

export const T0 = "2025-01-01T10:00:00.000Z";
export const hashOf = (s: string) => createHash("sha256").update(s).digest("hex");

export const sampleCase = (id = "c1", code = "Sak-1"): Case => ({ id, code, district: "Heimdal", unit: "Skole", createdAt: T0 });
export const sampleMember = (caseId: string, id: string, role = "PPT"): Member => ({ id, caseId, role, label: "" });
export const sampleRound = (caseId: string, id: string): Round => ({
  id, caseId, name: "Høst", instrumentId: "rc7", instrumentVersion: "1", status: "open", source: "survey",
  closesAt: null, createdAt: T0, openedAt: T0, closedAt: null,
});
export const sampleLink = (roundId: string, memberId: string, token = `${roundId}/${memberId}`): Link => ({
  roundId, memberId, tokenHash: hashOf(token), issuedAt: T0, openedAt: null,
});
export const sampleUser = (id = "u1", email = "a@example.no"): User => ({
  id, email, name: "Anne", role: "facilitator", districts: [], passwordHash: "scrypt$x", createdAt: T0, disabled: false,
});
export const sampleSession = (userId: string, key: string): Session => ({
  idHash: hashOf(key), userId, csrf: "0123456789abcdef", createdAt: T0, expiresAt: "2999-01-01T00:00:00.000Z",
});

/** An answer set whose ratings encode `n` so a reader can tell exactly which write it sees. */
export function sampleAnswer(roundId: string, memberId: string, n = 1, ratings = 3): AnswerSet {
  return {
    roundId, memberId, submitted: n % 2 === 0, updatedAt: T0, submittedAt: null,
    ratings: Array.from({ length: ratings }, (_, i) => ({ target: `t${i}`, item: "timely", value: ((n + i) % 5) + 1 })),
  };
}

/** Creates case `c1` with members m0..m(n-1) and round `r1` in `store`. */
export async function seedCaseWithRound(store: Store, members = 3) {
  await store.putCase(sampleCase());
  for (let i = 0; i < members; i++) await store.putMember(sampleMember("c1", `m${i}`));
  await store.putRound(sampleRound("c1", "r1"));
}

/** A small stored aggregate release whose history holds `ids` (the last one current). */
export function sampleRelease(ids: string[]): StoredRelease {
  const id = ids.at(-1) as string;
  const cell = { rater: "SR", target: "PPT", asOf: id, n: 5, mean: 3.2, median: 3, weakShare: 0.4 };
  return {
    release: {
      id, publishedAt: T0, minCases: 5, threshold: 3.5, dimension: "all", periods: ["Høst 2025"], roles: ["SR", "PPT"],
      periodTables: [{ kind: "period", period: "Høst 2025", matrices: [{ level: "total", district: null, unit: null, cases: 5, asOf: id, cells: [cell] }] }],
      changeTables: [],
    },
    links: { format: 1, threshold: 3.5, keys: [["c1", "Høst 2025", "0123456789abcdef"]], series: { "*": { classOf: [1], phantoms: [], classes: 1, rows: [[1]], cells: [["total", [1]]] } } },
    history: ids.map((h) => ({ id: h, publishedAt: T0, publishedBy: "u1" })),
  };
}
/** An action agreed in `roundId` about the link m0 → m1 at member level (valid for the domain schema). */
export const sampleAction = (caseId: string, roundId: string, id = "a1", what = "Faste møter annenhver uke"): Action => ({
  id, caseId, roundId, about: { kind: "pair", level: "member", dimension: "all", source: "m0", target: "m1" },
  what, who: "PPT", due: "2025-03-01", status: "open", createdAt: T0, createdBy: "u1", updatedAt: T0, updatedBy: "u1",
});
