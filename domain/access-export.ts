// The access-request export: everything Laget stores about one case, as one JSON document.
import { z } from "zod";
import { Case, Member } from "./case.ts";
import { Timestamp } from "./ids.ts";
import { AnswerSet, PairScore } from "./response.ts";
import { Link, Round } from "./round.ts";

/** A link as exported: who it was issued to and when it was opened; its token hash, a credential, stays out. */
export const AccessExportLink = Link.omit({ tokenHash: true });

/** One round with what is stored under it: the links (without their token hashes), raw answers, imported scores. */
export const AccessExportRound = z.object({
  round: Round,
  links: z.array(AccessExportLink),
  /** Every respondent's answer set as saved, item by item (professionals, family and child alike). */
  answers: z.array(AnswerSet),
  /** Pair scores of an imported round (empty for a survey round). */
  pairScores: z.array(PairScore),
});
export type AccessExportRound = z.infer<typeof AccessExportRound>;

/** Body of GET /api/cases/:id/access-export. */
export const AccessExport = z.object({
  format: z.literal("laget-access-export"),
  version: z.literal(1),
  exportedAt: Timestamp,
  case: Case,
  members: z.array(Member),
  rounds: z.array(AccessExportRound),
  /** When the retention rule erases the case (null: an open round, or retention off). */
  erasesAt: Timestamp.nullable(),
});
export type AccessExport = z.infer<typeof AccessExport>;
