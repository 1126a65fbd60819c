// A store snapshot as the backup stream: header, meta, each case with its rounds' answers, and the counts at the end.
import type { AnswerSet } from "../../../domain/index.ts";
import type { StoreSnapshot } from "../snapshot.ts";
import { BACKUP_VERSION, zeroCounts, type BackupLine } from "./format.ts";

const line = (value: BackupLine) => `${JSON.stringify(value)}\n`;

/**
 * The lines of a backup of `snapshot` (each ends with a newline). Lazily: one case and its answers at a time, so a
 * large store is streamed rather than built in memory. The caller releases the snapshot.
 */
export async function* backupLines(snapshot: StoreSnapshot, takenAt: string, app: string): AsyncGenerator<string> {
  const counts = zeroCounts();
  yield line({ header: { format: "laget-backup", version: BACKUP_VERSION, takenAt, app } });
  const { users, apiTokens, settings, aggregateRelease } = snapshot;
  yield line({ meta: { users, apiTokens, settings, ...(aggregateRelease ? { release: aggregateRelease } : {}) } });
  counts.users = snapshot.users.length;
  counts.apiTokens = snapshot.apiTokens.length;
  for await (const { answers, ...doc } of snapshot.cases()) {
    counts.cases += 1;
    counts.members += doc.members.length;
    counts.rounds += doc.rounds.length;
    counts.links += doc.links.length;
    yield line({ case: doc });
    const byRound = new Map<string, AnswerSet[]>();
    for (const a of answers) {
      const sets = byRound.get(a.roundId);
      if (sets) sets.push(a);
      else byRound.set(a.roundId, [a]);
    }
    for (const [roundId, sets] of byRound) {
      counts.answerSets += sets.length;
      for (const s of sets) counts.ratings += s.ratings.length;
      yield line({ answers: { roundId, sets } });
    }
  }
  yield line({ end: { counts } });
}
