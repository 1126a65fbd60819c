// Instrument definition schema: a versioned questionnaire with item wording in nb, nn and en.
import { z } from "zod";
import { LocalizedText } from "../domain/roles.ts";

export const Lang = z.enum(["nb", "nn", "en"]);
export type Lang = z.infer<typeof Lang>;

export const InstrumentItem = z.object({
  id: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/),
  /** Short name for matrices, switches and exports. */
  short: LocalizedText,
  /** The question as the respondent reads it; {target} is replaced by the member's role name. */
  text: LocalizedText,
  /** Subscore group, e.g. "communication" or "relationship". */
  group: z.string().min(1),
  /** Family/child forms: asked once about the team as a whole ("team") or about each member ("member", the default). */
  about: z.enum(["member", "team"]).optional(),
});
export type InstrumentItem = z.infer<typeof InstrumentItem>;

export const Instrument = z.object({
  id: z.string().min(1).max(40),
  /** Semver-like; a stored round keeps the version it was answered with. */
  version: z.string().min(1),
  /** Who answers it: team members about each other, or the family about the team. */
  audience: z.enum(["team", "family", "child"]),
  name: LocalizedText,
  /** Scale anchors for 1 and 5 (5 is best). */
  scale: z.object({
    low: LocalizedText,
    high: LocalizedText,
    /** Optional words for every step 1..5 (the child's face scale shows them all). */
    labels: z.array(LocalizedText).length(5).optional(),
  }),
  items: z.array(InstrumentItem).min(1),
});
export type Instrument = z.infer<typeof Instrument>;
