// Response tracking of a round: each seat's progress, the form it answers, the counts and the team's response rate.
import { z } from "zod";
import { Id, Timestamp } from "./ids.ts";
import { MemberMail } from "./mail.ts";
import { RoundStatus } from "./round.ts";
import { FormKind } from "./voices.ts";

/** How far a seat has come: link not opened, opened, a saved draft, or a submitted answer set. */
export const MemberProgress = z.enum(["not_opened", "opened", "draft", "submitted"]);
export type MemberProgress = z.infer<typeof MemberProgress>;

/** One member's row of the status view. */
export const MemberStatus = z.object({
  memberId: Id,
  role: z.string(),
  label: z.string(),
  form: FormKind,
  state: MemberProgress,
  hasLink: z.boolean(),
  updatedAt: Timestamp.nullable(),
  /** The member's mail: whether they have an address, the last attempt and what the mail server said, reminders. */
  mail: MemberMail,
});
export type MemberStatus = z.infer<typeof MemberStatus>;

/** The child link's progress; `no_link` before the round opens. */
export const ChildProgress = z.union([MemberProgress, z.literal("no_link")]);
export type ChildProgress = z.infer<typeof ChildProgress>;

/** GET /api/rounds/:id/status. */
export const RoundStatusView = z.object({
  roundId: Id,
  status: RoundStatus,
  members: z.array(MemberStatus),
  /** The child's link when the round includes the child's form, else null. */
  child: z.object({ state: ChildProgress, updatedAt: Timestamp.nullable() }).nullable(),
  counts: z.record(MemberProgress, z.number().int().min(0)),
  /**
   * Submitted team-form members / team-form members. Family seats answering the family form and the
   * child are left out, as in the analysis; a declined family/child answer reads "submitted" like any answer.
   */
  responseRate: z.number().min(0).max(1),
  /** Whether this server sends mail, and how many members have an address. */
  mail: z.object({ enabled: z.boolean(), withAddress: z.number().int().min(0) }),
});
export type RoundStatusView = z.infer<typeof RoundStatusView>;
