// Input and output shapes of the "Familiens opplevelse" band.
import type { LocalizedText } from "../../domain/roles.ts";
import type { ItemRating } from "../types.ts";

/** One family or child respondent's submitted answers (target = member id or `_team`). */
export interface VoiceAnswers {
  respondent: string;
  kind: "family" | "child";
  ratings: { target: string; item: string; value: number | null }[];
}

export interface FamilyBandInput {
  /** Theme (item `group`) of every family and child item, keyed by item id. */
  themeOf: { family: Record<string, string>; child: Record<string, string> };
  voices: VoiceAnswers[];
  /** rc7 ratings by team-form raters only (submitted). */
  team: ItemRating[];
  /** Members of the case: role, and whether the seat is a family seat. */
  members: { id: string; role: string; family: boolean }[];
  /** Whether the round includes the child's form (otherwise `child` is null in every row). */
  childIncluded: boolean;
  /** Family seats whose row and column the team's analysis hides (they did not agree to be shown): left out of `teamWithFamily`. */
  hiddenFamily?: readonly string[];
}

export interface FamilyBandOptions {
  /** Fewest respondents for a theme value to be shown (default and minimum 2: one person's answer is never shown; README.md). */
  minRespondents?: number;
  /** Fewest team raters behind a team mean (default 1; 2 for rounds whose display hides single raters). */
  minTeamRaters?: number;
  /** Fewest family respondents for a per-role value (default and minimum 2: one parent's view of one professional is never shown). */
  minForBreakdown?: number;
}

/** A mean over respondents; `mean` is null when `hidden` (too few) or nobody answered. */
export interface VoiceValue {
  mean: number | null;
  n: number;
  hidden: boolean;
}

export interface ThemeRow {
  theme: string;
  label: LocalizedText;
  teamItem: string | null;
  family: VoiceValue;
  child: VoiceValue | null;
  /** The team's own mean on the matching rc7 item about each other (team members as targets). */
  team: TeamMean | null;
  /** The team's mean on that item about its collaboration with the family seats that agreed to be shown. */
  teamWithFamily: TeamMean | null;
}

/** A team mean over raters; `hidden` (mean null) when the family did not agree to be shown or too few raters. */
export interface TeamMean {
  mean: number | null;
  n: number;
  hidden?: boolean;
}

export interface FamilyBand {
  themes: ThemeRow[];
  respondents: { family: number; child: number };
  /** True when the answers come from exactly one person (the team may guess who). */
  identifiable: { family: boolean; child: boolean };
  /**
   * Each voice over all its answers (mean of respondent means over every answered item): the one figure shown of a
   * lone respondent, hidden unless it pools at least two answers. `child` is null when the round has no child form.
   */
  overall: { family: VoiceValue; child: VoiceValue | null };
  /** The family's mean over the member items, per role of the rated members. */
  byRole: { role: string; mean: number | null; n: number; hidden: boolean }[];
  minRespondents: number;
  minForBreakdown: number;
}
