// The "Familiens opplevelse" band: per theme the family's and the child's mean beside the team's own, suppressed when too few answered.
import { TEAM_TARGET_ID } from "../../domain/voices.ts";
import { exactMean } from "../sum.ts";
import { THEMES } from "./themes.ts";
import type { FamilyBand, FamilyBandInput, FamilyBandOptions, TeamMean, VoiceAnswers, VoiceValue } from "./types.ts";

/** Mean over respondents of each respondent's own mean (so one who rated many members does not outweigh others). */
function meanOfMeans(perRespondent: Map<string, number[]>): { mean: number | null; n: number } {
  const means = [...perRespondent.values()].map((v) => exactMean(v)).filter((m): m is number => m !== null);
  return { mean: exactMean(means), n: means.length };
}

/** Collects values per respondent where `pick` accepts the rating. */
function collect<R extends { value: number | null }>(rows: { who: string; r: R }[], pick: (r: R) => boolean): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const { who, r } of rows) {
    if (r.value === null || !pick(r)) continue;
    const values = out.get(who);
    if (values) values.push(r.value);
    else out.set(who, [r.value]);
  }
  return out;
}

function shown(v: { mean: number | null; n: number }, min: number): VoiceValue {
  const hidden = v.n < min; // min ≥ 1, so nobody answered is hidden too
  return { mean: hidden ? null : v.mean, n: v.n, hidden };
}

/** A team mean, hidden below `min` raters. */
function teamMean(v: { mean: number | null; n: number }, min: number): TeamMean {
  return v.n > 0 && v.n < min ? { mean: null, n: v.n, hidden: true } : v;
}

/**
 * A voice over all its answers: mean of respondent means over every answered item. Hidden when fewer than two
 * answers are pooled (one answer alone would be that answer); nobody answered is hidden too.
 */
function overall(vs: VoiceAnswers[]): VoiceValue {
  const perRespondent = new Map(vs.map((v) => [v.respondent, v.ratings.flatMap((r) => (r.value === null ? [] : [r.value]))]));
  const answers = [...perRespondent.values()].reduce((sum, values) => sum + values.length, 0);
  const v = meanOfMeans(perRespondent);
  return answers < 2 ? { mean: null, n: v.n, hidden: true } : { ...v, hidden: false };
}

/** Respondents with at least one non-N/A answer ("I don't want to answer" and all-N/A sets count as none). */
const answered = (vs: VoiceAnswers[]) => vs.filter((v) => v.ratings.some((r) => r.value !== null));

/**
 * Computes the band (README.md): per theme, mean over respondents of each respondent's mean of their
 * answered items (N/A missing), shown from two respondents; each voice over all its answers (`overall`), shown
 * when it pools two answers or more; the team's contrast the same way over its raters on the theme's rc7 item.
 * Pure, no I/O.
 */
export function familyBand(input: FamilyBandInput, options: FamilyBandOptions = {}): FamilyBand {
  // README "Suppression": minimum 2, so a theme value is never one person's answers.
  const minRespondents = Math.max(2, options.minRespondents ?? 2);
  const minTeam = Math.max(1, options.minTeamRaters ?? 1);
  // README "Suppression": minimum 2, so one parent's view of one named professional is never shown.
  const minForBreakdown = Math.max(2, options.minForBreakdown ?? 2);
  const family = answered(input.voices.filter((v) => v.kind === "family"));
  const child = answered(input.voices.filter((v) => v.kind === "child"));
  const rows = (vs: VoiceAnswers[]) => vs.flatMap((v) => v.ratings.map((r) => ({ who: v.respondent, r })));
  const familyRows = rows(family);
  const childRows = rows(child);
  const familySeats = new Set(input.members.filter((m) => m.family).map((m) => m.id));
  const hiddenFamily = new Set(input.hiddenFamily ?? []);
  const shownFamily = [...familySeats].filter((id) => !hiddenFamily.has(id));
  const teamRows = input.team.map((r) => ({ who: r.rater, r }));
  const themes = THEMES.map((t) => {
    const f = meanOfMeans(collect(familyRows, (r) => input.themeOf.family[r.item] === t.id));
    const c = meanOfMeans(collect(childRows, (r) => input.themeOf.child[r.item] === t.id));
    const team = t.teamItem === null ? null : meanOfMeans(collect(teamRows, (r) => r.item === t.teamItem && !familySeats.has(r.target)));
    const withFamily = t.teamItem === null ? null : meanOfMeans(collect(teamRows, (r) => r.item === t.teamItem && familySeats.has(r.target) && !hiddenFamily.has(r.target)));
    // No family seat agreed to be shown: the team's view of the collaboration with the family is not shown either.
    const familyHidden = familySeats.size > 0 && shownFamily.length === 0;
    return {
      theme: t.id, label: t.label, teamItem: t.teamItem,
      family: shown(f, minRespondents),
      child: input.childIncluded ? shown(c, minRespondents) : null,
      team: team && teamMean(team, minTeam),
      teamWithFamily: withFamily && (familyHidden ? { mean: null, n: 0, hidden: true } : teamMean(withFamily, minTeam)),
    };
  });
  const roleOf = new Map(input.members.map((m) => [m.id, m.role]));
  const roles = [...new Set(input.members.filter((m) => !m.family).map((m) => m.role))];
  const byRole = roles.map((role) => {
    const v = meanOfMeans(collect(familyRows, (r) => r.target !== TEAM_TARGET_ID && roleOf.get(r.target) === role));
    return { role, ...shown(v, minForBreakdown) };
  });
  return {
    themes,
    respondents: { family: family.length, child: child.length },
    identifiable: { family: family.length === 1, child: child.length === 1 },
    overall: { family: overall(family), child: input.childIncluded ? overall(child) : null },
    byRole, minRespondents, minForBreakdown,
  };
}
