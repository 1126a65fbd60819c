// The audit log in memory (tests and the memory store): same numbering, chaining and filtering as the durable ones.
import { AuditDraft, auditMatches, type AuditEntry } from "../../../domain/index.ts";
import { sealAudit } from "../../../domain/audit-chain.ts";
import { cloneJson } from "../clone.ts";
import { assertDroppable, monthOf, segmentsOf, type AuditLog } from "./types.ts";

/** An empty audit log held in this process. */
export function createMemoryAuditLog(): AuditLog {
  let entries: AuditEntry[] = [];
  return {
    appendAudit: async (draft) => {
      const last = entries.at(-1);
      const entry = sealAudit(AuditDraft.parse(draft), last);
      entries.push(entry);
      return cloneJson(entry);
    },
    listAudit: async (q) => {
      const out: AuditEntry[] = [];
      for (let i = entries.length - 1; i >= 0 && out.length < q.limit; i--) {
        const e = entries[i];
        if ((q.before === undefined || e.seq < q.before) && auditMatches(e, q)) out.push(cloneJson(e));
      }
      return out;
    },
    readAudit: async function* () {
      for (const e of [...entries]) yield { where: `entry ${e.seq}`, value: cloneJson(e) };
    },
    auditSegments: async () => segmentsOf(entries),
    dropAuditSegment: async (month) => {
      assertDroppable(segmentsOf(entries), month);
      entries = entries.filter((e) => monthOf(e.at) !== month);
    },
    close: async () => {},
  };
}
