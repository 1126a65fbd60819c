// `audit verify`: checks the audit log's hash chain in DATA_DIR (the server may keep running) and names the first bad entry.
import { resolve } from "node:path";
import { verifyAuditRecords } from "../../domain/audit-chain.ts";
import { readAuditDir } from "../../server/store/audit/read.ts";
import { UserError, type CliIo } from "../command.ts";

export const summary = "verify the audit log's hash chain (exit 3 and the first bad entry when it was changed)";

const USAGE = "usage: audit verify   (reads DATA_DIR/audit, default ./data; the server may keep running)";

/** Exit code when the chain is broken. */
export const EXIT_BROKEN = 3;

/** Runs `audit verify`. */
export async function run(args: string[], io: CliIo): Promise<number> {
  if (args.length !== 1 || args[0] !== "verify") throw new UserError(USAGE);
  const dir = resolve(process.env.DATA_DIR ?? "data");
  const report = await verifyAuditRecords(readAuditDir(dir));
  if (report.firstBad) {
    const { where, seq, reason } = report.firstBad;
    io.stdout(`audit log BROKEN at ${where}${seq !== null ? ` (entry ${seq})` : ""}: ${reason}\n`);
    io.stdout(`${report.count} entries before it are intact.\n`);
    return EXIT_BROKEN;
  }
  if (!report.head) {
    io.stdout(`audit log is empty (${dir}/audit)\n`);
    return 0;
  }
  io.stdout(`audit log intact: ${report.count} entries, newest #${report.head.seq}\nhead hash ${report.head.hash}\n`);
  return 0;
}
