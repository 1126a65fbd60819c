// `audit list` and `audit verify`: read the audit log (DATABASE_URL, else DATA_DIR/audit without the store's lock) and check its hash chain.
import { resolve } from "node:path";
import { verifyAuditRecords } from "../../domain/audit-chain.ts";
import { AuditEntry, AuditQuery, auditMatches, type AuditRecord } from "../../domain/index.ts";
import { readAuditDir } from "../../server/store/audit/read.ts";
import { openPostgresStore } from "../../server/store/postgres/index.ts";
import { parseCommandArgs } from "../args.ts";
import { UserError, type CliIo } from "../command.ts";

export const summary = "list the audit log (filters) or verify its hash chain (exit 3 and the first bad entry when it was changed)";

const USAGE = `usage: audit list [--case ID] [--user ID] [--action A] [--from T] [--to T] [--limit N] [--json]
       audit verify
  reads DATABASE_URL, else DATA_DIR/audit (default ./data; the server may keep running)`;

/** Exit code when the chain is broken. */
export const EXIT_BROKEN = 3;

/** Runs `fn` over the log's records oldest first, and a page query when the backend can answer one. */
async function withLog<T>(fn: (records: () => AsyncIterable<AuditRecord>, list?: (q: AuditQuery) => Promise<AuditEntry[]>) => Promise<T>): Promise<T> {
  const url = process.env.DATABASE_URL;
  if (!url) return fn(() => readAuditDir(resolve(process.env.DATA_DIR ?? "data")));
  const store = await openPostgresStore(url, { max: 2 }).catch((e: Error) => Promise.reject(new UserError(`cannot open the database in DATABASE_URL: ${e.message}`, 1)));
  try {
    return await fn(() => store.readAudit(), (q) => store.listAudit(q));
  } finally {
    await store.close();
  }
}

/** The folder's entries matching the query, newest first (the whole log is read: no index without the store). */
async function listRecords(records: AsyncIterable<AuditRecord>, q: AuditQuery): Promise<AuditEntry[]> {
  const all: AuditEntry[] = [];
  for await (const r of records) {
    const e = AuditEntry.safeParse(r.value);
    if (e.success && (q.before === undefined || e.data.seq < q.before) && auditMatches(e.data, q)) all.push(e.data);
  }
  return all.reverse().slice(0, q.limit);
}

/** One readable line per entry. */
function line(e: AuditEntry): string {
  const about = [e.caseId && `case ${e.caseId}`, e.roundId && `round ${e.roundId}`, e.target && `user ${e.target.email ?? e.target.id}`].filter(Boolean).join(" ");
  const detail = e.detail ? ` ${JSON.stringify(e.detail)}` : "";
  return `#${e.seq} ${e.at} ${e.action.padEnd(18)} ${e.actor.email ?? "-"} (${e.ip})${about ? ` ${about}` : ""}${detail}`;
}

async function list(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs("audit list", args, {
    case: { type: "string" }, user: { type: "string" }, action: { type: "string" }, from: { type: "string" }, to: { type: "string" },
    limit: { type: "string" }, json: { type: "boolean" },
  });
  const parsed = AuditQuery.safeParse({ caseId: values.case, userId: values.user, action: values.action, from: values.from, to: values.to, limit: values.limit ?? 50 });
  if (!parsed.success) throw new UserError(`audit list: ${parsed.error.issues.map((i) => `--${String(i.path[0] ?? "")}: ${i.message}`).join("; ")}\n${USAGE}`);
  const entries = await withLog((records, page) => (page ? page(parsed.data) : listRecords(records(), parsed.data)));
  io.stdout(entries.map((e) => (values.json ? JSON.stringify(e) : line(e)) + "\n").join(""));
  return 0;
}

async function verify(io: CliIo): Promise<number> {
  const report = await withLog((records) => verifyAuditRecords(records()));
  if (report.firstBad) {
    const { where, seq, reason } = report.firstBad;
    io.stdout(`audit log BROKEN at ${where}${seq !== null ? ` (entry ${seq})` : ""}: ${reason}\n`);
    io.stdout(`${report.count} entries before it are intact.\n`);
    return EXIT_BROKEN;
  }
  if (!report.head) return (io.stdout("audit log is empty\n"), 0);
  io.stdout(`audit log intact: ${report.count} entries, newest #${report.head.seq}\nhead hash ${report.head.hash}\n`);
  return 0;
}

/** Runs `audit list|verify`. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "list") return list(rest, io);
  if (sub === "verify" && rest.length === 0) return verify(io);
  throw new UserError(USAGE);
}
