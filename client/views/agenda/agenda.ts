// The meeting's agenda drafted from a round's results: strengths to keep, links to strengthen, different experiences, the family's experience.
import type { AnalysisEdge, AnalysisResult } from "../../../analysis/types.ts";
import { meetingSteps, type PairView } from "../meeting/steps.ts";

export interface Agenda {
  /** The strongest links (highest first, as many as the presentation shows). */
  strengths: AnalysisEdge[];
  /** Pairs with a link to strengthen, lowest score first; `a → b` is the weak direction. */
  weak: PairView[];
  /** Pairs whose two sides see the collaboration differently, largest gap first. */
  different: (PairView & { gap: number })[];
  /** The round includes the family's (or the child's) voice. */
  family: boolean;
}

/** Drafts the agenda from the same steps the presentation walks through, in the order the meeting takes them. */
export function draftAgenda(analysis: AnalysisResult, family: boolean): Agenda {
  const agenda: Agenda = { strengths: [], weak: [], different: [], family };
  for (const step of meetingSteps(analysis, family)) {
    if (step.kind === "strengths") agenda.strengths = step.edges;
    if (step.kind === "weak") agenda.weak.push({ a: step.a, b: step.b, ab: step.ab, ba: step.ba });
    if (step.kind === "asym") agenda.different.push({ a: step.a, b: step.b, ab: step.ab, ba: step.ba, gap: step.gap });
  }
  return agenda;
}

/** The direction an action about a pair is recorded on: the lower-scored one (a → b when b → a has no score). */
export function weakerDirection(p: PairView): { source: string; target: string } {
  return p.ba !== null && (p.ab === null || p.ba < p.ab) ? { source: p.b, target: p.a } : { source: p.a, target: p.b };
}
