// Case management: list the cases a user may see, create, read, edit and delete (pseudonymous code, district, unit).
import { Case, conflict, notFound, type CaseInput, type CasePatch, type CaseSummary, type Member, type Round, type User } from "../../../domain/index.ts";
import { newId } from "../../security/tokens.ts";
import type { ServiceContext } from "../context.ts";
import { assertDistrictAllowed, assertNoOpenRound, canSeeCase } from "./access.ts";

/** `conflict` when another case in the same district already has this code (case-insensitive). */
async function assertCodeFree(ctx: ServiceContext, code: string, district: string, exceptId?: string): Promise<void> {
  const clash = (await ctx.store.listCases()).some(
    (k) => k.id !== exceptId && k.district === district && k.code.toLowerCase() === code.toLowerCase(),
  );
  if (clash) throw conflict("code_taken", `A case with code "${code}" already exists in ${district}`);
}

/** The cases the user may see with member, round and open-round counts, by district then code. */
export async function listCases(ctx: ServiceContext, user: User): Promise<CaseSummary[]> {
  const cases = (await ctx.store.listCases()).filter((k) => canSeeCase(user, k));
  const out = await Promise.all(
    cases.map(async (k) => {
      const [members, rounds] = await Promise.all([ctx.store.listMembers(k.id), ctx.store.listRounds(k.id)]);
      return { ...k, memberCount: members.length, roundCount: rounds.length, openRounds: rounds.filter((r) => r.status === "open").length };
    }),
  );
  return out.sort((a, b) => a.district.localeCompare(b.district, "nb") || a.code.localeCompare(b.code, "nb"));
}

/** Creates a case in a district the user manages; the code must be free in that district. */
export async function createCase(ctx: ServiceContext, user: User, input: CaseInput): Promise<Case> {
  assertDistrictAllowed(user, input.district);
  await assertCodeFree(ctx, input.code, input.district);
  const kase = Case.parse({ ...input, id: newId(), createdAt: ctx.now().toISOString() });
  await ctx.store.putCase(kase);
  return kase;
}

/** A case with its members and rounds. */
export async function caseDetail(ctx: ServiceContext, kase: Case): Promise<{ case: Case; members: Member[]; rounds: Round[] }> {
  const [members, rounds] = await Promise.all([ctx.store.listMembers(kase.id), ctx.store.listRounds(kase.id)]);
  return { case: kase, members, rounds };
}

/** Changes code, district or unit; a new district must be the user's, a new code free there. */
export async function updateCase(ctx: ServiceContext, user: User, kase: Case, patch: CasePatch): Promise<Case> {
  const next = Case.parse({ ...kase, ...patch });
  if (next.district !== kase.district) assertDistrictAllowed(user, next.district);
  if (next.code !== kase.code || next.district !== kase.district) await assertCodeFree(ctx, next.code, next.district, kase.id);
  await ctx.store.putCase(next);
  return next;
}

/** Deletes a case with everything in it; refused while a round is open. */
export async function deleteCase(ctx: ServiceContext, kase: Case): Promise<void> {
  await assertNoOpenRound(ctx, kase.id, "Deleting the case");
  await ctx.store.deleteCase(kase.id);
}

/** The case with this code (and district, when several districts use the code), for tools without a user (the CLI). */
export async function findCaseByCode(ctx: ServiceContext, code: string, district?: string): Promise<Case> {
  const matches = (await ctx.store.listCases()).filter((c) => c.code === code && (district === undefined || c.district === district));
  if (matches.length === 0) throw notFound(`Case "${code}"${district ? ` in ${district}` : ""}`);
  if (matches.length > 1) {
    throw conflict("ambiguous_code", `The code "${code}" is used in ${matches.map((c) => c.district).join(", ")}; name the district`);
  }
  return matches[0];
}
