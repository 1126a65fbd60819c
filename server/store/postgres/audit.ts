// The audit log in PostgreSQL (table audit_log): appends from every instance chain one after another under an advisory lock.
import { AuditDraft, type AuditEntry, type AuditQuery, type AuditSegment } from "../../../domain/index.ts";
import { sealAudit } from "../../../domain/audit-chain.ts";
import { assertDroppable, monthOf } from "../audit/types.ts";
import type { Store } from "../types.ts";
import type { Db, Tx } from "./db.ts";

/** pg_advisory_xact_lock key of audit appends and trims (after the migration and first-start keys). */
export const AUDIT_LOCK = 328051680628 + 2;

type AuditPart = Pick<Store, "appendAudit" | "listAudit" | "readAudit" | "auditSegments" | "dropAuditSegment">;
type DataRow = { data: AuditEntry };
type SegmentRow = { month: string; first_seq: string; last_seq: string; last_hash: string };

/** Rows read per statement when the whole log is read for verification. */
const READ_PAGE = 1000;

const segmentsQuery = `select month, min(seq) as first_seq, max(seq) as last_seq, (array_agg(hash order by seq desc))[1] as last_hash
  from audit_log group by month order by month`;

async function segments(q: Tx | Db): Promise<AuditSegment[]> {
  return (await q.rows<SegmentRow>(segmentsQuery)).map((r) => ({
    month: r.month, firstSeq: Number(r.first_seq), lastSeq: Number(r.last_seq), lastHash: r.last_hash,
  }));
}

/** The WHERE clause and parameters of a page query (only the filters given, so each shape is its own prepared statement). */
function pageQuery(query: AuditQuery): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const where: string[] = [];
  const add = (clause: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(clause(`$${params.length}`));
  };
  if (query.before !== undefined) add((n) => `seq < ${n}`, query.before);
  if (query.caseId !== undefined) add((n) => `case_id = ${n}`, query.caseId);
  if (query.userId !== undefined) add((n) => `(actor_id = ${n} or target_id = ${n})`, query.userId);
  if (query.action !== undefined) add((n) => `action = ${n}`, query.action);
  if (query.from !== undefined) add((n) => `at >= ${n}`, query.from);
  if (query.to !== undefined) add((n) => `at < ${n}`, query.to);
  params.push(query.limit);
  const sql = `select data from audit_log ${where.length ? `where ${where.join(" and ")}` : ""} order by seq desc limit $${params.length}`;
  return { sql, params };
}

/** The audit part of the Store over `db`. */
export function auditStore(db: Db): AuditPart {
  return {
    appendAudit: async (input) => {
      const draft = AuditDraft.parse(input);
      return db.tx(async (q) => {
        await q.rows("select pg_advisory_xact_lock($1)", [AUDIT_LOCK]);
        const head = (await q.rows<DataRow>("select data from audit_log order by seq desc limit 1"))[0]?.data;
        const entry = sealAudit(draft, head);
        await q.rows(
          `insert into audit_log (seq, at, month, action, actor_id, target_id, case_id, hash, data)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [entry.seq, entry.at, monthOf(entry.at), entry.action, entry.actor.id, entry.target?.id ?? null, entry.caseId ?? null, entry.hash, JSON.stringify(entry)],
        );
        return entry;
      });
    },
    listAudit: async (query) => {
      const { sql, params } = pageQuery(query);
      return (await db.rows<DataRow>(sql, params)).map((r) => r.data);
    },
    readAudit: async function* () {
      let after = 0;
      for (;;) {
        const rows = await db.rows<{ seq: string; data: unknown }>("select seq, data from audit_log where seq > $1 order by seq limit $2", [after, READ_PAGE]);
        for (const r of rows) yield { where: `entry ${r.seq}`, value: r.data };
        if (rows.length < READ_PAGE) return;
        after = Number(rows[rows.length - 1].seq);
      }
    },
    auditSegments: () => segments(db),
    dropAuditSegment: async (month) => {
      await db.tx(async (q) => {
        await q.rows("select pg_advisory_xact_lock($1)", [AUDIT_LOCK]);
        assertDroppable(await segments(q), month);
        await q.rows("delete from audit_log where month = $1", [month]);
      });
    },
  };
}
