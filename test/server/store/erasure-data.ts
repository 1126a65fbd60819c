// Two cases for erasure tests: a victim whose every stored string is distinctive, and a case that must survive intact.
import { encodeAnswer } from "../../../server/store/answer-record.ts";
import type { Store } from "../../../server/store/types.ts";
import type { AnswerSet, PairScore, Round } from "../../../domain/index.ts";
import { T0, hashOf, sampleCase, sampleMember, sampleRound } from "./sample-data.ts";

export const VICTIM = "victim-case";
export const KEEP = "keep-case";
const VICTIM_MEMBERS = ["victim-m0", "victim-m1", "victim-m2", "victim-m3"];
const KEEP_MEMBERS = ["keep-m0", "keep-m1", "keep-m2", "keep-m3"];
const LABELS = ["Lærer Ørnulf-Qx", "Helsesøster Åse-Qx", "PPT Bjørg-Qx", "Mor Signy-Qx"];
const ROUNDS = { survey: "victim-r1", family: "victim-r2", imported: "victim-r3" };
const PAIR_SCORES: PairScore[] = [{ rater: "victim-m0", target: "victim-m1", score: 1.25 }, { rater: "victim-m1", target: "victim-m0", score: 4.75 }];

/** An answer set of the victim whose ratings spell a pattern no other record has (values 5,1,4,2,3,… over 28 items). */
export function victimAnswer(roundId: string, memberId: string, n: number): AnswerSet {
  const targets = VICTIM_MEMBERS.filter((m) => m !== memberId);
  const ratings = targets.flatMap((target, t) =>
    ["frequent", "timely", "accurate", "problem_solving", "shared_goals", "shared_knowledge", "mutual_respect"].map((item, i) => ({
      target, item, value: [5, 1, 4, 2, 3][(n + t * 7 + i) % 5],
    })),
  );
  return { roundId, memberId, ratings, submitted: true, updatedAt: T0, submittedAt: T0 };
}

/** An answer set of the kept case that encodes `n`, so a reader can tell which write it sees. */
export function keepAnswer(memberId: string, n: number): AnswerSet {
  return {
    roundId: "keep-r1", memberId, submitted: n % 2 === 0, updatedAt: T0, submittedAt: null,
    ratings: [0, 1, 2, 3].map((d) => ({ target: KEEP_MEMBERS[(KEEP_MEMBERS.indexOf(memberId) + 1) % 4], item: `i${d}`, value: (Math.floor(n / 5 ** d) % 5) + 1 })),
  };
}

const round = (caseId: string, id: string, name: string, extra: Partial<Round> = {}): Round => ({ ...sampleRound(caseId, id), name, ...extra });

/** Stores both cases: the victim with a survey round, a round with the family and child, and an imported round. */
export async function seedErasureCases(store: Store): Promise<void> {
  await store.putCase(sampleCase(KEEP, "Behold-1"));
  for (const m of KEEP_MEMBERS) await store.putMember(sampleMember(KEEP, m));
  await store.putRound(round(KEEP, "keep-r1", "Høst"));
  await store.putCase({ ...sampleCase(VICTIM, "Offer-Qz7x"), unit: "Skole-Qz7x" });
  for (const [i, m] of VICTIM_MEMBERS.entries()) await store.putMember({ ...sampleMember(VICTIM, m, i === 3 ? "FORÆ" : "PPT"), label: LABELS[i] });
  await store.putRound(round(VICTIM, ROUNDS.survey, "Vårrunde-Qz7x"));
  await store.putRound(round(VICTIM, ROUNDS.family, "Familierunde-Qz7x", { family: { include: true }, child: { include: true, version: "8-12" } }));
  await store.putRound(round(VICTIM, ROUNDS.imported, "Import-Qz7x", { source: "import", status: "closed", openedAt: null, closedAt: T0 }));
  await store.putPairScores(ROUNDS.imported, PAIR_SCORES);
  for (const m of VICTIM_MEMBERS) {
    await store.putLink({ roundId: ROUNDS.survey, memberId: m, tokenHash: hashOf(`victim-token-${m}`), issuedAt: T0, openedAt: null });
  }
  await store.putLink({ roundId: ROUNDS.family, memberId: "_child", tokenHash: hashOf("victim-token-child"), issuedAt: T0, openedAt: null });
}

/** Answers of the victim in `n` saves: team members in two rounds, the family seat and the child. */
export function victimAnswers(n: number): AnswerSet[] {
  return Array.from({ length: n }, (_, k) => {
    const member = VICTIM_MEMBERS[k % 4];
    if (k % 5 === 4) return { ...victimAnswer(ROUNDS.family, "_child", k), ratings: [{ target: "_family", item: "child_safe", value: 5 }] };
    return victimAnswer(k % 3 === 0 ? ROUNDS.family : ROUNDS.survey, member, k);
  });
}

export const KEEP_SEATS = KEEP_MEMBERS;

/** Every string of the victim that must be gone from the disk: code, unit, labels, round names, ids, link hashes, records. */
export function victimNeedles(answers: AnswerSet[]): string[] {
  return [
    "Offer-Qz7x", "Skole-Qz7x", ...LABELS, "Vårrunde-Qz7x", "Familierunde-Qz7x", "Import-Qz7x",
    `"${VICTIM}"`, ...Object.values(ROUNDS).map((r) => `"${r}"`), ...VICTIM_MEMBERS.map((m) => `"${m}"`),
    ...[...VICTIM_MEMBERS.map((m) => `victim-token-${m}`), "victim-token-child"].map(hashOf),
    ...answers.map(encodeAnswer), JSON.stringify(PAIR_SCORES[0]),
  ];
}
