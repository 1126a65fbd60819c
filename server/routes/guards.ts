// Shared route helpers: case-level locks and the role sets that may manage cases.
import type { UserRole } from "../../domain/index.ts";
import type { AppDeps } from "../deps.ts";
import { conflict } from "../http/errors.ts";

/** Roles that manage single cases (evaluators only see aggregates). */
export const CASE_MANAGERS: UserRole[] = ["admin", "facilitator"];

/** 409 while a round of the case is open (members, member-adding imports and case deletion are locked then). */
export async function assertNoOpenRound(deps: AppDeps, caseId: string, what: string): Promise<void> {
  if ((await deps.store.listRounds(caseId)).some((r) => r.status === "open")) {
    throw conflict("round_open", `${what} is not possible while a round of this case is open; close the round first`);
  }
}
