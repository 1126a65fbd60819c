// Access requests: one document with everything the store holds about a case, read straight from the store.
import { erasureDate, type AccessExport, type Case } from "../../../domain/index.ts";
import type { ServiceContext } from "../context.ts";

/** Every stored record of the case: the case, members, rounds with their links, raw answers and imported scores (no token hash). */
export async function accessExport(ctx: Pick<ServiceContext, "store" | "now">, kase: Case): Promise<AccessExport> {
  const { store } = ctx;
  const [members, rounds, settings] = await Promise.all([store.listMembers(kase.id), store.listRounds(kase.id), store.getSettings()]);
  const ordered = [...rounds].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const byRound = await Promise.all(
    ordered.map(async (round) => {
      const [links, answers, pairScores] = await Promise.all([store.listLinks(round.id), store.listAnswers(round.id), store.getPairScores(round.id)]);
      return { round, links: links.map(({ tokenHash: _hash, ...link }) => link), answers: answers.sort((a, b) => a.memberId.localeCompare(b.memberId)), pairScores };
    }),
  );
  return {
    format: "laget-access-export",
    version: 1,
    exportedAt: ctx.now().toISOString(),
    case: kase,
    members,
    rounds: byRound,
    erasesAt: erasureDate(kase, rounds, settings.retentionMonths)?.erasesAt ?? null,
  };
}

/** The download's file name: `laget_<code>_innsyn.json`. */
export const accessExportFileName = (kase: Case) => `laget_${kase.code.replace(/[^\p{L}\p{N}.-]+/gu, "-")}_innsyn.json`;
