// Online backup: a consistent snapshot of the store as the backup stream (the admin API and the CLI both use it).
import pkg from "../../../package.json" with { type: "json" };
import { backupLines } from "../../store/backup/lines.ts";
import type { ServiceContext } from "../context.ts";

/**
 * The backup stream's lines. The snapshot is taken when the first line is read, so it holds every change
 * acknowledged before that; writes go on meanwhile. The snapshot is released when the stream ends or is abandoned.
 */
export async function* backupStream(ctx: ServiceContext): AsyncGenerator<string> {
  const snapshot = await ctx.store.snapshot();
  try {
    yield* backupLines(snapshot, ctx.now().toISOString(), pkg.version);
  } finally {
    await snapshot.release();
  }
}
