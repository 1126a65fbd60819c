// Case-level access: which cases a user may see (other districts' cases are "not found": reveal nothing) and the open-round lock.
import { conflict, forbidden, notFound, type Case, type Round, type User } from "../../../domain/index.ts";
import type { ServiceContext } from "../context.ts";
import { coversDistrict } from "../users/access.ts";

/** Admins see every case; facilitators the cases in their districts; evaluators no single case. */
export function canSeeCase(user: User, c: Pick<Case, "district">): boolean {
  if (user.role === "admin") return true;
  if (user.role === "facilitator") return coversDistrict(user, c.district);
  return false;
}

/** Throws `forbidden` when the user may not place a case in that district. */
export function assertDistrictAllowed(user: User, district: string): void {
  if (!canSeeCase(user, { district })) throw forbidden(`You may not manage cases in district "${district}"`);
}

/** Loads a case the user may see, or throws `not_found` (same answer for "missing" and "not yours"). */
export async function loadCase(ctx: ServiceContext, user: User, caseId: string): Promise<Case> {
  const found = await ctx.store.getCase(caseId);
  if (!found || !canSeeCase(user, found)) throw notFound("Case");
  return found;
}

/** Loads a round and its case with the same rule. */
export async function loadRound(ctx: ServiceContext, user: User, roundId: string): Promise<{ round: Round; kase: Case }> {
  const round = await ctx.store.getRound(roundId);
  const kase = round && (await ctx.store.getCase(round.caseId));
  if (!round || !kase || !canSeeCase(user, kase)) throw notFound("Round");
  return { round, kase };
}

/** `conflict` while a round of the case is open (members, member-adding imports and case deletion are locked then). */
export async function assertNoOpenRound(ctx: ServiceContext, caseId: string, what: string): Promise<void> {
  if ((await ctx.store.listRounds(caseId)).some((r) => r.status === "open")) {
    throw conflict("round_open", `${what} is not possible while a round of this case is open; close the round first`);
  }
}
