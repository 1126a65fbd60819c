// Case-level access: which cases a user may see; other districts' cases are "not found" (reveal nothing).
import type { Case, Round, User } from "../../domain/index.ts";
import type { AppDeps } from "../deps.ts";
import { forbidden, notFound } from "../http/errors.ts";

/** Admins see every case; facilitators the cases in their districts; evaluators no single case. */
export function canSeeCase(user: User, c: Pick<Case, "district">): boolean {
  if (user.role === "admin") return true;
  if (user.role === "facilitator") return user.districts.includes(c.district);
  return false;
}

/** Throws 403 when the user may not place a case in that district. */
export function assertDistrictAllowed(user: User, district: string): void {
  if (!canSeeCase(user, { district })) throw forbidden(`You may not manage cases in district "${district}"`);
}

/** Loads a case the user may see, or throws 404 (same answer for "missing" and "not yours"). */
export async function loadCase(deps: AppDeps, user: User, caseId: string): Promise<Case> {
  const found = await deps.store.getCase(caseId);
  if (!found || !canSeeCase(user, found)) throw notFound("Case");
  return found;
}

/** Loads a round and its case with the same 404 rule. */
export async function loadRound(deps: AppDeps, user: User, roundId: string): Promise<{ round: Round; kase: Case }> {
  const round = await deps.store.getRound(roundId);
  const kase = round && (await deps.store.getCase(round.caseId));
  if (!round || !kase || !canSeeCase(user, kase)) throw notFound("Round");
  return { round, kase };
}
