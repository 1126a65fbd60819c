// Rewrites an answer file without the records of erased rounds (temp file, fsync, rename over); and removes files by name.
import { errorCode, writeFully, type StoreFs } from "./fs-layer.ts";
import { StoreCorruptError } from "./types.ts";

const NEWLINE = 0x0a;
const SPACE = 0x20;

/** What a file holds apart from the erased rounds: the byte ranges to keep (adjacent ones merged) and their rounds. */
export interface KeptRecords {
  ranges: [start: number, end: number][];
  /** Records left out. */
  dropped: number;
  /** Rounds of the records kept. */
  rounds: Set<string>;
}

/** The round id of the record line `buf[start, end)` ("<bytes> <checksum> <json>"), or undefined when it is damaged. */
function roundOfLine(buf: Buffer, start: number, end: number): string | undefined {
  const first = buf.indexOf(SPACE, start);
  const second = first < 0 ? -1 : buf.indexOf(SPACE, first + 1);
  if (second < 0 || second >= end) return undefined;
  try {
    const roundId = (JSON.parse(buf.toString("utf8", second + 1, end)) as { roundId?: unknown } | null)?.roundId;
    return typeof roundId === "string" ? roundId : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Splits a complete record file (every line ends with a newline: a sealed log segment or a snapshot) into what
 * stays and what goes. Reads the buffer in place: no copy of the file is made. A damaged line throws StoreCorruptError.
 */
export function keptRecords(path: string, buf: Buffer, erased: ReadonlySet<string>): KeptRecords {
  const kept: KeptRecords = { ranges: [], dropped: 0, rounds: new Set() };
  for (let pos = 0, line = 1; pos < buf.length; line++) {
    const nl = buf.indexOf(NEWLINE, pos);
    const roundId = nl < 0 ? undefined : roundOfLine(buf, pos, nl);
    if (roundId === undefined) throw new StoreCorruptError(path, `line ${line} is damaged`);
    if (erased.has(roundId)) kept.dropped++;
    else {
      kept.rounds.add(roundId);
      const last = kept.ranges.at(-1);
      if (last && last[1] === pos) last[1] = nl + 1;
      else kept.ranges.push([pos, nl + 1]);
    }
    pos = nl + 1;
  }
  return kept;
}

/**
 * Replaces `path` with a copy that leaves out every record of `erased`, so a crash leaves the old or the new file,
 * never a mix (the rename is durable after the caller fsyncs the folder). Returns the rounds still in the file;
 * a file without such records is not touched.
 */
export async function rewriteWithout(fs: StoreFs, path: string, erased: ReadonlySet<string>): Promise<Set<string>> {
  const buf = await fs.readFile(path);
  const kept = keptRecords(path, buf, erased);
  if (kept.dropped === 0) return kept.rounds;
  const tmp = `${path}.tmp`;
  try {
    const file = await fs.open(tmp, "w", 0o600);
    try {
      let at = 0;
      for (const [start, end] of kept.ranges) {
        await writeFully(file, buf.subarray(start, end), at);
        at += end - start;
      }
      await file.sync();
    } finally {
      await file.close();
    }
    await fs.rename(tmp, path);
  } catch (err) {
    await fs.unlink(tmp).catch(() => undefined);
    throw err;
  }
  return kept.rounds;
}

/** Unlinks each path that exists; answers how many were removed (the caller fsyncs their folder). */
export async function unlinkAll(fs: StoreFs, paths: string[]): Promise<number> {
  let removed = 0;
  for (const path of paths) {
    try {
      await fs.unlink(path);
      removed++;
    } catch (err) {
      if (errorCode(err) !== "ENOENT") throw err;
    }
  }
  return removed;
}
