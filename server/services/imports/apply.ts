// Writes an import plan with rollback: the store has no transactions, so a failed write undoes what was created.
import { LagetError, type Round } from "../../../domain/index.ts";
import type { Store } from "../../store/types.ts";
import type { ImportPlan } from "./plan.ts";

/** Imports into one case run one at a time (duplicate check and writes must not interleave). */
const caseQueues = new Map<string, Promise<unknown>>();

/** Runs `fn` after every earlier import of the same case has finished. */
export function withCaseLock<T>(caseId: string, fn: () => Promise<T>): Promise<T> {
  const previous = caseQueues.get(caseId) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(fn);
  caseQueues.set(caseId, next);
  void next.finally(() => {
    if (caseQueues.get(caseId) === next) caseQueues.delete(caseId);
  }).catch(() => undefined);
  return next;
}

/**
 * Writes new members, then the round, then its pair scores or answer sets. When any write fails,
 * deletes the round (with whatever data reached it) and the new members, then rethrows the error.
 * If the undo fails too, an `internal` error `import_incomplete` names what may be left.
 */
export async function applyPlan(store: Store, plan: ImportPlan): Promise<Round> {
  const createdMembers: string[] = [];
  try {
    for (const m of plan.newMembers) {
      await store.putMember(m);
      createdMembers.push(m.id);
    }
    await store.putRound(plan.round);
    if (plan.pairScores.length > 0) await store.putPairScores(plan.round.id, plan.pairScores);
    for (const a of plan.answers) await store.putAnswer(a);
    return plan.round;
  } catch (error) {
    try {
      await store.deleteRound(plan.round.id); // no-op when the round never got stored
      for (const id of createdMembers.reverse()) await store.deleteMember(plan.round.caseId, id);
    } catch (undoError) {
      console.error(`[laget] import rollback failed for case ${plan.round.caseId}: ${(undoError as Error).message}`);
      throw new LagetError("internal", "import_incomplete",
        `The import failed and could not be fully undone; check the case for round "${plan.round.name}" (${plan.round.id}) and ${createdMembers.length} new member(s), and delete them.`);
    }
    throw error;
  }
}
