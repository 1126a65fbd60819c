// Case (sak) and member schemas: one child's team, identified only by a pseudonymous code.
import { z } from "zod";
import { Id, SafeLabel, StoredLabel, Timestamp } from "./ids.ts";

const CODE_SHAPE = z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N} _.-]{1,31}$/u, "2–32 letters, digits, space, _ . -");

export const CaseCode = SafeLabel(32).pipe(CODE_SHAPE);

export const CaseInput = z.object({
  code: CaseCode,
  district: SafeLabel(60).pipe(z.string().min(1)),
  unit: SafeLabel(80).default(""),
});
export type CaseInput = z.infer<typeof CaseInput>;

/** A stored case: names were checked by CaseInput when they came in (see StoredLabel). */
export const Case = z.object({
  code: StoredLabel(32).pipe(CODE_SHAPE),
  district: StoredLabel(60).pipe(z.string().min(1)),
  unit: StoredLabel(80).default(""),
  id: Id,
  createdAt: Timestamp,
});
export type Case = z.infer<typeof Case>;

/** A role id of the catalogue (or of an imported file): short, one visible word. */
const RoleId = SafeLabel(16).pipe(z.string().min(1));

export const MemberInput = z.object({
  role: RoleId,
  label: SafeLabel(40).default(""),
});
export type MemberInput = z.infer<typeof MemberInput>;

/** A stored member: names were checked by MemberInput when they came in. */
export const Member = z.object({
  role: StoredLabel(16).pipe(z.string().min(1)),
  label: StoredLabel(40).default(""),
  id: Id,
  caseId: Id,
});
export type Member = z.infer<typeof Member>;
