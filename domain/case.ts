// Case (sak) and member schemas: one child's team, identified only by a pseudonymous code.
import { z } from "zod";
import { Id, SafeLabel, Timestamp } from "./ids.ts";

export const CaseCode = SafeLabel(32).pipe(
  z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N} _.-]{1,31}$/u, "2–32 letters, digits, space, _ . -"),
);

export const CaseInput = z.object({
  code: CaseCode,
  district: SafeLabel(60).pipe(z.string().min(1)),
  unit: SafeLabel(80).default(""),
});
export type CaseInput = z.infer<typeof CaseInput>;

export const Case = CaseInput.extend({ id: Id, createdAt: Timestamp });
export type Case = z.infer<typeof Case>;

export const MemberInput = z.object({
  role: z.string().min(1).max(16),
  label: SafeLabel(40).default(""),
});
export type MemberInput = z.infer<typeof MemberInput>;

export const Member = MemberInput.extend({ id: Id, caseId: Id });
export type Member = z.infer<typeof Member>;
