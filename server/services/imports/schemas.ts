// The import contract: query of POST /api/cases/:id/rounds/import-file and the plan summary it answers.
import { z } from "zod";
import { Id, Round } from "../../../domain/index.ts";

const Flag = z.enum(["1", "true", "0", "false"]).optional().transform((v) => v === "1" || v === "true");

/** Query of the import route. */
export const ImportFileQuery = z.strictObject({
  dryRun: Flag,
  allowDuplicate: Flag,
  /** Round name (and, for a long file with several rounds, which one to import). */
  round: z.string().trim().min(1).max(60).optional(),
  instrumentId: z.string().min(1).max(40).default("rc7"),
  /** File name when the file is the raw body (alternative: X-Filename header). */
  filename: z.string().max(200).optional(),
});
export type ImportFileQuery = z.infer<typeof ImportFileQuery>;

/** What an import does: members added and matched, and how much data it writes. */
export const ImportPlanSummary = z.object({
  format: z.enum(["matrix", "long"]),
  round: z.object({ name: z.string(), instrumentId: z.string(), instrumentVersion: z.string(), source: z.literal("import") }),
  members: z.object({
    /** New members; ids only once they exist (not in a dry run). */
    add: z.array(z.object({ role: z.string(), label: z.string(), id: Id.optional() })),
    /** File label or id → member of the case; a new member's id only once it exists. */
    mapping: z.array(z.object({ key: z.string(), role: z.string(), label: z.string(), new: z.boolean(), memberId: Id.optional() })),
  }),
  counts: z.object({ newMembers: z.number().int(), pairScores: z.number().int(), answerSets: z.number().int(), ratings: z.number().int() }),
});
export type ImportPlanSummary = z.infer<typeof ImportPlanSummary>;

/** The file as read: name, CSV or XLSX (and the sheet), SHA-256 of its bytes. */
const ImportedFile = z.object({ name: z.string(), kind: z.enum(["csv", "xlsx"]), sheet: z.string().optional(), sha256: z.string() });
const ImportHead = { file: ImportedFile, duplicateOf: Id.nullable() };

/** Answer of a dry run (200): the plan, nothing written. */
export const ImportDryRun = ImportPlanSummary.extend({ dryRun: z.literal(true), ...ImportHead });
export type ImportDryRun = z.infer<typeof ImportDryRun>;

/** Answer of an import (201): the plan as carried out and the stored round. */
export const ImportDone = ImportPlanSummary.extend({ ...ImportHead, round: Round });
export type ImportDone = z.infer<typeof ImportDone>;
