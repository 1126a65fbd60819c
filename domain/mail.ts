// Links and reminders by e-mail: delivery records, the reminder limits, and the bodies and answers of the mail routes.
import { z } from "zod";
import { Id, Timestamp } from "./ids.ts";
import { IssuedLink, Round, RoundLang } from "./round.ts";
import { FormKind } from "./voices.ts";

/** At most this many reminders per member and round, and at least this long after the member's last mail. */
export const REMINDER_LIMITS = { max: 3, minHours: 24 } as const;

/** What a mail carried: the personal link when the round opened, or a reminder with a new link. */
export const MailKind = z.enum(["link", "reminder"]);
export type MailKind = z.infer<typeof MailKind>;

/** `accepted`: the mail server took the message; `failed`: it refused it or could not be reached. */
export const DeliveryStatus = z.enum(["accepted", "failed"]);
export type DeliveryStatus = z.infer<typeof DeliveryStatus>;

/**
 * One attempt to mail a member. The recipient's address is not kept here (it is erased with the member's
 * address), and the server's answer is stored with the address replaced by `<adresse>`.
 */
export const Delivery = z.object({
  id: Id,
  roundId: Id,
  memberId: Id,
  kind: MailKind,
  status: DeliveryStatus,
  /** The SMTP answer (e.g. `250 2.0.0 Ok: queued`, `550 5.1.1 <adresse>: Recipient address rejected`) or the connection error. */
  response: z.string().max(500),
  at: Timestamp,
});
export type Delivery = z.infer<typeof Delivery>;

/** Body of POST /api/rounds/:id/open (optional): `email` mails each member who has an address their link. */
export const OpenRequest = z
  .object({
    delivery: z.enum(["links", "email"]).optional(),
    /** The language of the mails (stored on the round; reminders use it too). Default: the round's, else bokmål. */
    lang: RoundLang.optional(),
  })
  .strict();
export type OpenRequest = z.infer<typeof OpenRequest>;

/** Body of POST /api/rounds/:id/close (optional). */
export const CloseRequest = z
  .object({
    /** Keep the members' e-mail addresses for the next round instead of erasing them now. */
    keepAddresses: z.boolean().optional(),
  })
  .strict();
export type CloseRequest = z.infer<typeof CloseRequest>;

/** One member's outcome in the answer of open (by e-mail) and reminders. */
export const DeliveryResult = z.object({
  memberId: Id,
  role: z.string(),
  label: z.string(),
  form: FormKind,
  kind: MailKind,
  /** `skipped`: not mailed now because of the reminder limits (`reason`, and `retryAt` for `too_soon`). */
  status: z.enum(["accepted", "failed", "skipped"]),
  response: z.string().nullable(),
  reason: z.enum(["reminder_limit", "too_soon"]).optional(),
  retryAt: Timestamp.optional(),
});
export type DeliveryResult = z.infer<typeof DeliveryResult>;

/** POST /api/rounds/:id/open: the links that were not mailed, and what happened to each mail. */
export const OpenAnswer = z.object({ round: Round, links: z.array(IssuedLink), deliveries: z.array(DeliveryResult) });
export type OpenAnswer = z.infer<typeof OpenAnswer>;

/** POST /api/rounds/:id/reminders. */
export const ReminderAnswer = z.object({
  accepted: z.number().int().min(0),
  failed: z.number().int().min(0),
  skipped: z.number().int().min(0),
  results: z.array(DeliveryResult),
});
export type ReminderAnswer = z.infer<typeof ReminderAnswer>;

/** POST /api/rounds/:id/close. */
export const CloseAnswer = z.object({
  round: Round,
  /** How many members' e-mail addresses were erased (0 when kept or when another round of the case is still open). */
  erasedAddresses: z.number().int().min(0),
});

/** GET /api/mail: whether this server sends mail (SMTP_URL and MAIL_FROM set) and the reminder limits. */
export const MailInfo = z.object({
  enabled: z.boolean(),
  reminders: z.object({ max: z.number().int(), minHours: z.number().int() }),
});
export type MailInfo = z.infer<typeof MailInfo>;

/** A member's mail in the status view: whether they have an address, the last attempt, the reminders so far. */
export const MemberMail = z.object({
  hasEmail: z.boolean(),
  last: Delivery.pick({ kind: true, status: true, response: true, at: true }).nullable(),
  /** Reminders the mail server accepted. */
  reminders: z.number().int().min(0),
  /** Whether a reminder may be sent now: `too_soon` until `nextReminderAt`, `limit_reached` after the last allowed one. */
  reminder: z.enum(["allowed", "too_soon", "limit_reached"]),
  nextReminderAt: Timestamp.nullable(),
});
export type MemberMail = z.infer<typeof MemberMail>;
