// Shared route helpers: case-level locks and the role sets that may manage cases.
import type { UserRole } from "../../domain/index.ts";
import type { AppDeps } from "../deps.ts";
import { conflict } from "../http/errors.ts";

/** Roles that manage single cases (evaluators only see aggregates). */
export const CASE_MANAGERS: UserRole[] = ["admin", "facilitator"];

/** True when any round of the case is open. */
export async function hasOpenRound(deps: AppDeps, caseId: string): Promise<boolean> {
  return (await deps.store.listRounds(caseId)).some((r) => r.status === "open");
}

/** 409 while a round of the case is open (members and case deletion are locked then). */
export async function assertNoOpenRound(deps: AppDeps, caseId: string, what: string): Promise<void> {
  if (await hasOpenRound(deps, caseId)) {
    throw conflict("round_open", `${what} is not possible while a round of this case is open; close the round first`);
  }
}
