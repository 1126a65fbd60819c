// Round schemas: one measurement of a case with one instrument version, and its personal links.
import { z } from "zod";
import { Id, SafeLabel, StoredLabel, Timestamp } from "./ids.ts";
import { PairScore } from "./response.ts";
import { ChildOption, FamilyOption, FormKind } from "./voices.ts";

export const RoundStatus = z.enum(["draft", "open", "closed"]);
export type RoundStatus = z.infer<typeof RoundStatus>;

export const RoundSource = z.enum(["survey", "import"]);
export type RoundSource = z.infer<typeof RoundSource>;

/** The language a round's forms open in (a respondent may switch); bokmål unless chosen otherwise. */
export const RoundLanguage = z.enum(["nb", "nn", "en"]);
export type RoundLanguage = z.infer<typeof RoundLanguage>;

/**
 * What the team's analysis of a round shows, chosen before the round opens and told to respondents in the
 * intro: `direction` every rating with its direction; `pairs` one value per pair, the mean of a→b and b→a,
 * only where both are scored; `min2` only cells with at least two raters (analysis/display.ts).
 */
export const RoundDisplay = z.enum(["direction", "pairs", "min2"]);
export type RoundDisplay = z.infer<typeof RoundDisplay>;
/** The language of a round's mails: the round's language. */
export const RoundLang = RoundLanguage;
export type RoundLang = RoundLanguage;

export const RoundInput = z.object({
  name: SafeLabel(60).pipe(z.string().min(1)),
  instrumentId: z.string().min(1).max(40).default("rc7"),
  closesAt: Timestamp.nullable().default(null),
  /** Family seats answer the family form; absent = off, so older rounds read unchanged. */
  family: FamilyOption.optional(),
  /** A per-round child link with the child form; absent = off. */
  child: ChildOption.optional(),
  /** Absent on rounds created before the setting existed: bokmål. */
  language: RoundLanguage.optional(),
  /** Absent on rounds created before the setting existed (and on imported rounds): `direction`. */
  display: RoundDisplay.optional(),
});
export type RoundInput = z.infer<typeof RoundInput>;

/** A stored round: its name was checked by RoundInput when it came in (see StoredLabel). */
export const Round = RoundInput.extend({
  name: StoredLabel(60).pipe(z.string().min(1)),
  id: Id,
  caseId: Id,
  /** The instrument version the round is answered with; never changes once created. */
  instrumentVersion: z.string().min(1),
  status: RoundStatus,
  source: RoundSource,
  createdAt: Timestamp,
  openedAt: Timestamp.nullable().default(null),
  closedAt: Timestamp.nullable().default(null),
  /** SHA-256 (hex) of the file an imported round came from; a second import of the same file is refused. */
  importHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
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

/** The round's language, bokmål when it has none. */
export const roundLanguage = (round: Pick<RoundInput, "language">): RoundLanguage => round.language ?? "nb";

/** The round's display setting, `direction` when it has none. */
export const roundDisplay = (round: Pick<RoundInput, "display">): RoundDisplay => round.display ?? "direction";

/** Body of POST /api/cases/:id/rounds: a draft survey round; language and display are stored with their defaults. */
export const RoundCreate = RoundInput.extend({ language: RoundLanguage.default("nb"), display: RoundDisplay.default("direction") }).strict();

/** Body of POST /api/cases/:id/rounds/import: pair scores between member ids of the case. */
export const RoundImport = RoundInput.omit({ closesAt: true, language: true, display: true })
  .extend({ scores: z.array(PairScore.strict()).max(20_000) })
  .strict();
export type RoundImport = z.infer<typeof RoundImport>;

/** A personal link as answered once when it is issued; the raw token exists only in `url`. */
export const IssuedLink = z.object({
  memberId: Id,
  role: z.string(),
  label: z.string(),
  url: z.string(),
  /** Which form the link opens: the child's link has memberId `_child` and no label. */
  form: FormKind,
});
export type IssuedLink = z.infer<typeof IssuedLink>;
