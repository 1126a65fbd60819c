// One seed matrix (rows rate columns, blank = missing) → a case with a member per label and an imported round.
import { parseMatrixCsv } from "../../analysis/index.ts";
import { Case, DEFAULT_ROLES, Member, findRole, type PairScore } from "../../domain/index.ts";
import { importRound } from "../routes/rounds/service.ts";
import { newId } from "../security/tokens.ts";
import type { Store } from "../store/types.ts";

export interface SeedCaseSpec {
  code: string;
  district: string;
  unit: string;
  /** Matrix CSV text and its file name (for error messages). */
  text: string;
  fileName: string;
}

/** Stores the case, its members (role = label when it is in the catalogue) and the imported round. */
export async function importSeedCase(store: Store, spec: SeedCaseSpec, now: Date): Promise<Case> {
  const matrix = parseMatrixCsv(spec.text, spec.fileName);
  const kase = Case.parse({ id: newId(), code: spec.code, district: spec.district, unit: spec.unit, createdAt: now.toISOString() });
  await store.putCase(kase);
  const members = matrix.labels.map((label) => {
    const known = findRole(label, DEFAULT_ROLES);
    return Member.parse({ id: newId(), caseId: kase.id, role: known ? known.id : "ØBC", label: known ? "" : label });
  });
  for (const m of members) await store.putMember(m);
  const scores: PairScore[] = [];
  matrix.rows.forEach((row, i) =>
    row.forEach((score, j) => {
      if (score !== null && i !== j) scores.push({ rater: members[i].id, target: members[j].id, score });
    }),
  );
  await importRound(store, kase.id, { name: "Importert matrise", instrumentId: "rc7", closesAt: null }, scores, now);
  return kase;
}
