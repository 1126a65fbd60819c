// Builds the whole import plan (round, new members, pair scores or answer sets) without writing anything.
import { RoundInput, invalid, type AnswerSet, type Case, type Member, type PairScore, type Round } from "../../../domain/index.ts";
import { getInstrument } from "../../../surveys/index.ts";
import { newRound } from "../rounds/lifecycle.ts";
import { MemberResolver } from "./members.ts";
import type { ParsedFile } from "./parse.ts";
import { pickGroup, planLong } from "./plan-long.ts";
import { planMatrix } from "./plan-matrix.ts";
import { ProblemList, type ImportProblem } from "./problems.ts";
import type { ImportPlanSummary } from "./schemas.ts";

export interface ImportOptions {
  /** Round name; default: the long file's round, else the file name without extension. */
  round?: string;
  instrumentId: string;
}

/** Everything an import would write, in the order it is written. */
export interface ImportPlan {
  format: "matrix" | "long";
  newMembers: Member[];
  /** File label or id → member id of the case (existing or new). */
  mapping: { key: string; memberId: string; role: string; label: string; isNew: boolean }[];
  round: Round;
  pairScores: PairScore[];
  answers: AnswerSet[];
}

const baseName = (name: string) => name.replace(/\.[^.]+$/, "").trim();

/** Plans the import of a parsed file into a case; `{ problems }` when any row, label or value is refused. */
export function planImport(file: ParsedFile, kase: Case, members: Member[], options: ImportOptions, now: Date): { plan: ImportPlan } | { problems: ImportProblem[] } {
  const instrument = getInstrument(options.instrumentId);
  if (!instrument) throw invalid("bad_request", "Unknown instrument", [{ path: "instrumentId", message: "not in GET /api/instruments" }]);
  const problems = new ProblemList(file.sheet);
  const resolver = new MemberResolver(kase.id, members);
  const at = now.toISOString();
  let name = options.round;
  let pairScores: PairScore[] = [];
  let answers: AnswerSet[] = [];
  if (file.parsed.format === "matrix") {
    pairScores = planMatrix(file.text, file.name, file.parsed.matrix, resolver, problems);
  } else {
    const group = pickGroup(file.parsed.groups, kase.code, options.round, problems);
    if (group) {
      name ??= group.round;
      const long = planLong(file.text, file.name, group, instrument.items.map((i) => i.id), resolver, problems);
      pairScores = long.pairScores;
      answers = [...long.ratings].map(([memberId, ratings]) => ({ roundId: "", memberId, ratings, submitted: true, updatedAt: at, submittedAt: at }));
      if (answers.some((a) => a.ratings.length > 2000)) problems.add(1, 1, "a rater has more than 2000 ratings.");
    }
  }
  // The round name passes the same door as a typed one; a name taken from the file name falls back to "Import".
  const given = name !== undefined;
  let roundName = (name ?? baseName(file.name)).slice(0, 60).trim() || "Import";
  const checked = RoundInput.shape.name.safeParse(roundName);
  if (checked.success) roundName = checked.data;
  else if (given) problems.add(1, 1, `the round name cannot be used: ${checked.error.issues[0].message}.`);
  else roundName = "Import";
  if (!problems.empty) return { problems: problems.sorted() };
  const round: Round = { ...newRound(kase.id, { name: roundName, instrumentId: instrument.id, closesAt: null }, "import", now), importHash: file.hash };
  const added = new Set(resolver.added.map((m) => m.id));
  return {
    plan: {
      format: file.parsed.format,
      newMembers: resolver.added,
      mapping: [...resolver.byKey].map(([key, m]) => ({ key, memberId: m.id, role: m.role, label: m.label, isNew: added.has(m.id) })),
      round,
      pairScores,
      answers: answers.map((a) => ({ ...a, roundId: round.id })),
    },
  };
}

/** The dry-run / result summary of a plan (new member ids are left out of dry runs: they do not exist yet). */
export function describePlan(plan: ImportPlan, dryRun: boolean): ImportPlanSummary {
  return {
    format: plan.format,
    round: { name: plan.round.name, instrumentId: plan.round.instrumentId, instrumentVersion: plan.round.instrumentVersion, source: "import" as const },
    members: {
      add: plan.newMembers.map((m) => ({ role: m.role, label: m.label, ...(!dryRun && { id: m.id }) })),
      mapping: plan.mapping.map(({ memberId, isNew, ...m }) => ({ ...m, new: isNew, ...(!(isNew && dryRun) && { memberId }) })),
    },
    counts: {
      newMembers: plan.newMembers.length,
      pairScores: plan.pairScores.length,
      answerSets: plan.answers.length,
      ratings: plan.answers.reduce((s, a) => s + a.ratings.length, 0),
    },
  };
}
