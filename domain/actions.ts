// Agreed actions of a meeting: what the team agreed to do about a link (rater → target) or about the team, who, by when.
import { z } from "zod";
import { Id, SafeLabel, StoredLabel, Timestamp } from "./ids.ts";

/** Open until it is done or the team drops it. */
export const ActionStatus = z.enum(["open", "done", "dropped"]);
export type ActionStatus = z.infer<typeof ActionStatus>;

/** The level the meeting looked at when the action was agreed: roles or members. */
export const ActionLevel = z.enum(["role", "member"]);
export type ActionLevel = z.infer<typeof ActionLevel>;

/** A dimension as the analysis names it: `all`, a subscore group or an item id. */
const Dimension = z.string().min(1).max(40);
/** A node of that level: a member id, or a role id (role ids may hold letters such as æ). */
const NodeRef = z.string().trim().min(1).max(64);

/**
 * What an action is about: one directed link, source rates target, at the level and dimension the meeting
 * looked at (so its follow-up compares like with like), or the team as a whole.
 */
export const ActionAbout = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("team"), level: ActionLevel, dimension: Dimension }).strict(),
  z.object({ kind: z.literal("pair"), level: ActionLevel, dimension: Dimension, source: NodeRef, target: NodeRef }).strict(),
]);
export type ActionAbout = z.infer<typeof ActionAbout>;

/** A calendar day, YYYY-MM-DD, that exists (no 31 June). */
export const DueDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, "not a calendar date");

/** A role id of the team (who is responsible): checked against the case's members by the service. */
const Who = SafeLabel(16).pipe(z.string().min(1, "name the role responsible"));

/** Body of POST /api/rounds/:id/actions. */
export const ActionCreate = z
  .object({
    about: ActionAbout,
    what: SafeLabel(300).pipe(z.string().min(1, "say what was agreed")),
    who: Who,
    due: DueDate.nullable().default(null),
    status: ActionStatus.default("open"),
  })
  .strict();
export type ActionCreate = z.infer<typeof ActionCreate>;

/**
 * Body of PATCH /api/rounds/:id/actions/:actionId: any of the fields. `expectedUpdatedAt` is the `updatedAt` the
 * client last saw; when the action changed since, the change is refused (409) instead of overwriting someone else's.
 */
export const ActionPatch = z
  .object({
    about: ActionAbout.optional(),
    what: ActionCreate.shape.what.optional(),
    who: Who.optional(),
    due: DueDate.nullable().optional(),
    status: ActionStatus.optional(),
    expectedUpdatedAt: Timestamp.optional(),
  })
  .strict();
export type ActionPatch = z.infer<typeof ActionPatch>;

/** A stored action: agreed in `roundId` of `caseId`, with who created and last changed it, and when. */
export const Action = z.object({
  id: Id,
  caseId: Id,
  roundId: Id,
  about: ActionAbout,
  what: StoredLabel(300).pipe(z.string().min(1)),
  who: StoredLabel(16).pipe(z.string().min(1)),
  due: DueDate.nullable(),
  status: ActionStatus,
  createdAt: Timestamp,
  /** User id of whoever recorded it. */
  createdBy: z.string().min(1).max(64),
  updatedAt: Timestamp,
  updatedBy: z.string().min(1).max(64),
});
export type Action = z.infer<typeof Action>;

/** A round as an action's follow-up names it. */
const RoundMark = z.object({ id: Id, name: z.string() });

/**
 * An action with its follow-up: the link's score (or, for the team, the mean score) in the round it was agreed
 * (`before`) and in the next round of the case (`after`, null until there is one), at the level and dimension it
 * was recorded; null where there is no score (nobody answered about that link, or the member is gone).
 */
export const ActionView = Action.extend({
  round: RoundMark,
  before: z.number().nullable(),
  after: RoundMark.extend({ score: z.number().nullable() }).nullable(),
});
export type ActionView = z.infer<typeof ActionView>;

/** GET /api/rounds/:id/actions: the actions agreed in this round, and those of earlier rounds it follows up. */
export const RoundActions = z.object({ agreed: z.array(ActionView), followUp: z.array(ActionView) });
export type RoundActions = z.infer<typeof RoundActions>;

/** At most this many actions per case (a meeting agrees a handful). */
export const MAX_ACTIONS_PER_CASE = 500;
