// Round schemas: one measurement of a case with one instrument version, and its personal links.
import { z } from "zod";
import { Id, SafeLabel, Timestamp } from "./ids.ts";

export const RoundStatus = z.enum(["draft", "open", "closed"]);
export type RoundStatus = z.infer<typeof RoundStatus>;

export const RoundSource = z.enum(["survey", "import"]);
export type RoundSource = z.infer<typeof RoundSource>;

export const RoundInput = z.object({
  name: SafeLabel(60).pipe(z.string().min(1)),
  instrumentId: z.string().min(1).max(40).default("rc7"),
  closesAt: Timestamp.nullable().default(null),
});
export type RoundInput = z.infer<typeof RoundInput>;

export const Round = RoundInput.extend({
  id: Id,
  caseId: Id,
  /** The instrument version the round is answered with; never changes once created. */
  instrumentVersion: z.string().min(1),
  status: RoundStatus,
  source: RoundSource,
  createdAt: Timestamp,
  openedAt: Timestamp.nullable().default(null),
  closedAt: Timestamp.nullable().default(null),
});
export type Round = z.infer<typeof Round>;

/** A member's personal link in a round. Only the SHA-256 hash of the token is stored. */
export const Link = z.object({
  roundId: Id,
  memberId: Id,
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
  issuedAt: Timestamp,
  openedAt: Timestamp.nullable().default(null),
});
export type Link = z.infer<typeof Link>;
