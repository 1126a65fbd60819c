// Case (sak) and member schemas: one child's team, identified only by a pseudonymous code.
import { z } from "zod";
import { Id, SafeLabel, StoredLabel, Timestamp } from "./ids.ts";
import { Email } from "./user.ts";

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
  /**
   * A work e-mail address for the personal link and reminders (optional). Only the case's facilitators see it;
   * it is never in an analysis, an export or an aggregate, and it is erased when a round of the case closes.
   */
  email: Email.optional(),
});
export type MemberInput = z.infer<typeof MemberInput>;

/** A stored member: names were checked by MemberInput when they came in. */
export const Member = z.object({
  role: StoredLabel(16).pipe(z.string().min(1)),
  label: StoredLabel(40).default(""),
  email: z.string().max(254).optional(),
  id: Id,
  caseId: Id,
});
export type Member = z.infer<typeof Member>;

/** Body of POST /api/cases. */
export const CaseCreate = CaseInput.strict();
/** Body of PATCH /api/cases/:id: any subset of the fields (an absent unit stays as it is: no default here). */
export const CasePatch = z
  .object({ code: CaseInput.shape.code.optional(), district: CaseInput.shape.district.optional(), unit: SafeLabel(80).optional() })
  .strict();
export type CasePatch = z.infer<typeof CasePatch>;

/** A case in the case list, with the counts the list shows. */
export const CaseSummary = Case.extend({
  memberCount: z.number().int().min(0),
  roundCount: z.number().int().min(0),
  openRounds: z.number().int().min(0),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

/** What a round's answer says about its case. */
export const CaseRef = Case.pick({ id: true, code: true, district: true });
export type CaseRef = z.infer<typeof CaseRef>;

/** Body of POST /api/cases/:id/members. */
export const MemberCreate = MemberInput.strict();
/** Body of PATCH /api/cases/:id/members/:memberId. */
export const MemberPatch = z
  .object({
    role: MemberInput.shape.role.optional(),
    /** Absent keeps the label (no default here: a patch of the role alone must not blank it). */
    label: SafeLabel(40).optional(),
    /** null erases the address. */
    email: Email.nullable().optional(),
  })
  .strict();
export type MemberPatch = z.infer<typeof MemberPatch>;
