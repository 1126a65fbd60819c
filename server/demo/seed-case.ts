// One seed matrix (rows rate columns, blank = missing) → a case with a member per label and an imported round.
import { parseMatrixCsv } from "../../analysis/index.ts";
import { DEFAULT_ROLES, findRole, type Case, type Member, type PairScore } from "../../domain/index.ts";
import { createCase } from "../services/cases/index.ts";
import { LOCAL_ADMIN, type ServiceContext } from "../services/context.ts";
import { addMember } from "../services/members/index.ts";
import { importScores } from "../services/rounds/index.ts";

export interface SeedCaseSpec {
  code: string;
  district: string;
  unit: string;
  /** Matrix CSV text and its file name (for error messages). */
  text: string;
  fileName: string;
}

/** Stores the case, its members (role = label when it is in the catalogue) and the imported round. */
export async function importSeedCase(ctx: ServiceContext, spec: SeedCaseSpec): Promise<Case> {
  const matrix = parseMatrixCsv(spec.text, spec.fileName);
  const kase = await createCase(ctx, LOCAL_ADMIN, { code: spec.code, district: spec.district, unit: spec.unit });
  const members: Member[] = [];
  for (const label of matrix.labels) {
    const known = findRole(label, DEFAULT_ROLES);
    members.push(await addMember(ctx, kase, { role: known ? known.id : "ØBC", label: known ? "" : label }));
  }
  const scores: PairScore[] = [];
  matrix.rows.forEach((row, i) =>
    row.forEach((score, j) => {
      if (score !== null && i !== j) scores.push({ rater: members[i].id, target: members[j].id, score });
    }),
  );
  await importScores(ctx, kase, { name: "Importert matrise", instrumentId: "rc7", scores });
  return kase;
}
