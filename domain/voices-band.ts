// "Familiens opplevelse": the family's and the child's voice beside the team's own view, as GET /api/rounds/:id/family answers it.
import { z } from "zod";
import { Id } from "./ids.ts";
import { ChildProgress } from "./round-status.ts";
import { LocalizedText } from "./roles.ts";
import { VoicesView } from "./voices.ts";

/** Query of GET /api/rounds/:id/family: the band's minimum numbers of respondents. */
export const FamilyQuery = z
  .object({ minRespondents: z.coerce.number().int().min(1).max(20).optional(), minForBreakdown: z.coerce.number().int().min(2).max(20).optional() })
  .strict();
export type FamilyQuery = z.infer<typeof FamilyQuery>;

/** A mean over respondents; `mean` is null when `hidden` (too few) or nobody answered. */
export const VoiceValue = z.object({ mean: z.number().nullable(), n: z.number().int().min(0), hidden: z.boolean() });
export type VoiceValue = z.infer<typeof VoiceValue>;

/** A team mean; `hidden` when the family did not agree to be shown, or too few raters for the round's display setting. */
const TeamMean = z.object({ mean: z.number().nullable(), n: z.number().int().min(0), hidden: z.boolean().optional() });

/** One theme: the family's and the child's value beside the team's mean on the matching rc7 item. */
export const ThemeRow = z.object({
  theme: z.string(),
  label: LocalizedText,
  teamItem: z.string().nullable(),
  family: VoiceValue,
  child: VoiceValue.nullable(),
  team: TeamMean.nullable(),
  teamWithFamily: TeamMean.nullable(),
});
export type ThemeRow = z.infer<typeof ThemeRow>;

/** The band (analysis/voices computes it; this is its JSON shape). */
export const FamilyBand = z.object({
  themes: z.array(ThemeRow),
  respondents: z.object({ family: z.number().int().min(0), child: z.number().int().min(0) }),
  identifiable: z.object({ family: z.boolean(), child: z.boolean() }),
  /** Each voice over all its answers: the one figure shown of a lone respondent (hidden below two answers). */
  overall: z.object({ family: VoiceValue, child: VoiceValue.nullable() }),
  byRole: z.array(z.object({ role: z.string(), mean: z.number().nullable(), n: z.number().int().min(0), hidden: z.boolean() })),
  minRespondents: z.number().int(),
  minForBreakdown: z.number().int(),
});
export type FamilyBand = z.infer<typeof FamilyBand>;

/** GET /api/rounds/:id/family: the round's options, the child link's progress (null without the child's form) and the band. */
export const RoundVoices = VoicesView.extend({
  roundId: Id,
  childState: ChildProgress.nullable(),
  band: FamilyBand,
});
export type RoundVoices = z.infer<typeof RoundVoices>;
