// Aggregate-test data: a case with a PPT and a HEGE member and imported rounds holding one known PPT→HEGE score each.
import { newRound } from "../../../server/services/rounds/index.ts";
import type { Store } from "../../../server/store/types.ts";

const T0 = Date.parse("2025-01-01T00:00:00Z");

export const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** Case `id` (code K-<id>) with members <id>a (PPT) and <id>b (HEGE); per [name, score] a round with PPT→HEGE = score, HEGE→PPT = 4. */
export async function addCase(store: Store, id: string, district: string, unit: string, rounds: [string, number][]) {
  await store.putCase({ id, code: `K-${id}`, district, unit, createdAt: new Date(T0).toISOString() });
  await store.putMember({ id: `${id}a`, caseId: id, role: "PPT", label: "" });
  await store.putMember({ id: `${id}b`, caseId: id, role: "HEGE", label: "" });
  for (const [k, [name, score]] of rounds.entries()) {
    const round = newRound(id, { name, instrumentId: "rc7", closesAt: null }, "import", new Date(T0 + k * 1000));
    await store.putRound(round);
    await store.putPairScores(round.id, [{ rater: `${id}a`, target: `${id}b`, score }, { rater: `${id}b`, target: `${id}a`, score: 4 }]);
  }
}
