// Personal links: issue one (only the token's hash is stored; the raw token exists in the returned URL) and re-issue.
import { conflict, formKind, notFound, type IssuedLink, type Link, type Member, type Round } from "../../../domain/index.ts";
import { generateToken, hashToken } from "../../security/tokens.ts";
import type { ServiceContext } from "../context.ts";

/** Issues (or re-issues) one seat's link; an earlier link of the seat stops working. */
export async function issueLink(ctx: ServiceContext, round: Round, member: Member): Promise<IssuedLink> {
  const token = generateToken();
  const link: Link = { roundId: round.id, memberId: member.id, tokenHash: hashToken(token), issuedAt: ctx.now().toISOString(), openedAt: null };
  await ctx.store.putLink(link);
  const form = formKind(round, member.id, member.role);
  return { memberId: member.id, role: member.role, label: member.label, url: `${ctx.baseUrl.replace(/\/+$/, "")}/s/${token}`, form };
}

/** `conflict` unless the round is open (links are re-issued only then). */
export function assertOpenForLinks(round: Round): void {
  if (round.status !== "open") throw conflict("round_not_open", "Links can only be re-issued while the round is open");
}

/** A new link for one member of an open round. */
export async function reissueMemberLink(ctx: ServiceContext, round: Round, memberId: string): Promise<IssuedLink> {
  const member = (await ctx.store.listMembers(round.caseId)).find((m) => m.id === memberId);
  if (!member) throw notFound("Member");
  assertOpenForLinks(round);
  return issueLink(ctx, round, member);
}
