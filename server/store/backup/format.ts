// The backup stream (one JSON object per line) and the backup folder's manifest: shapes, version and counts.
import { z } from "zod";
import { AnswerSet, ApiToken, Id, Settings, Timestamp, User } from "../../../domain/index.ts";
import { StoredRelease } from "../../../domain/release.ts";
import { CaseDoc } from "../docs.ts";

/** Bumped when a line or the folder changes in a way an older restore cannot read. */
export const BACKUP_VERSION = 1;
/** The manifest's file name in a backup folder; written last, so a folder without it is not a finished backup. */
export const MANIFEST = "backup.json";

export const BackupCounts = z.object({
  users: z.number().int().min(0),
  apiTokens: z.number().int().min(0),
  cases: z.number().int().min(0),
  members: z.number().int().min(0),
  rounds: z.number().int().min(0),
  links: z.number().int().min(0),
  answerSets: z.number().int().min(0),
  ratings: z.number().int().min(0),
});
export type BackupCounts = z.infer<typeof BackupCounts>;

export const BackupHeader = z.object({
  format: z.literal("laget-backup"),
  version: z.literal(BACKUP_VERSION),
  /** When the snapshot was taken (server clock). */
  takenAt: Timestamp,
  /** Laget's version that wrote it. */
  app: z.string(),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

/** Users, API tokens (hashes only) and settings; login sessions are not backed up. */
/** `release`: the published aggregate release, absent before the first publication. */
export const BackupMeta = z.object({ users: z.array(User), apiTokens: z.array(ApiToken), settings: Settings, release: StoredRelease.optional() });

/**
 * One line of the stream, in this order: `header`, `meta`, then per case its `case` line followed by one `answers`
 * line per round that has answers, and last `end` with the counts. A stream without its `end` line is incomplete.
 */
export const BackupLine = z.union([
  z.object({ header: BackupHeader }).strict(),
  z.object({ meta: BackupMeta }).strict(),
  z.object({ case: CaseDoc }).strict(),
  z.object({ answers: z.object({ roundId: Id, sets: z.array(AnswerSet) }) }).strict(),
  z.object({ end: z.object({ counts: BackupCounts }) }).strict(),
]);
export type BackupLine = z.infer<typeof BackupLine>;

/** `backup.json`: what was backed up, and the size and SHA-256 of every file (paths relative to the folder). */
export const BackupManifest = BackupHeader.extend({
  counts: BackupCounts,
  files: z.record(z.string(), z.object({ bytes: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});
export type BackupManifest = z.infer<typeof BackupManifest>;

/** Counts that start at zero. */
export const zeroCounts = (): BackupCounts => ({ users: 0, apiTokens: 0, cases: 0, members: 0, rounds: 0, links: 0, answerSets: 0, ratings: 0 });
