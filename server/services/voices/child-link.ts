// The child's per-round link: re-issued on its own, like a member's (the old link stops working).
import { conflict, type IssuedLink, type Round } from "../../../domain/index.ts";
import type { ServiceContext } from "../context.ts";
import { assertOpenForLinks, issueLink } from "../rounds/links.ts";
import { childSeat } from "./forms.ts";

/** A new child link for an open round that includes the child's form. */
export async function reissueChildLink(ctx: ServiceContext, round: Round): Promise<IssuedLink> {
  assertOpenForLinks(round);
  if (!round.child?.include) throw conflict("no_child_form", "This round does not include the child's form");
  return issueLink(ctx, round, childSeat(round.caseId));
}
