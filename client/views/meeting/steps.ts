// The meeting's steps for the presentation: overview, each pair with a link to strengthen, each pair with different
// experiences, the family's experience (when the round includes it) and the strengths to keep; each with its graph focus.
import type { AnalysisEdge, AnalysisResult } from "../../../analysis/types.ts";
import type { Focus } from "../../graph/renderer.ts";
import { edgeKey, edgeMap } from "./model.ts";

/** A pair seen from both sides: a→b and b→a (null = no score that way). */
export interface PairView {
  a: string;
  b: string;
  ab: number | null;
  ba: number | null;
}

export type Step =
  | { kind: "overview" }
  | ({ kind: "weak"; index: number; total: number } & PairView)
  | ({ kind: "asym"; index: number; total: number; gap: number } & PairView)
  | { kind: "family" }
  | { kind: "strengths"; edges: AnalysisEdge[] };

/** How many strong links the strengths step lists (highest first). */
export const STRENGTHS_SHOWN = 6;

/** The steps of `a`; `family` adds the family's step. Pairs with links to strengthen come lowest score first, one step per pair. */
export function meetingSteps(a: AnalysisResult, family: boolean): Step[] {
  const edges = edgeMap(a);
  const score = (s: string, t: string) => edges.get(edgeKey(s, t))?.score ?? null;
  const seen = new Set<string>();
  const weakPairs: PairView[] = [];
  for (const w of a.weakLinks) {
    const key = [w.source, w.target].sort().join("\u0000");
    if (seen.has(key)) continue;
    seen.add(key);
    weakPairs.push({ a: w.source, b: w.target, ab: w.score, ba: score(w.target, w.source) });
  }
  const asym = [...a.asymmetries].sort((x, y) => y.gap - x.gap);
  const strong = a.edges.filter((e) => e.band === "strong" && e.source !== e.target).sort((x, y) => y.score - x.score || (x.source < y.source ? -1 : 1));
  return [
    { kind: "overview" },
    ...weakPairs.map((p, i) => ({ kind: "weak" as const, index: i + 1, total: weakPairs.length, ...p })),
    ...asym.map((p, i) => ({ kind: "asym" as const, index: i + 1, total: asym.length, a: p.a, b: p.b, ab: p.ab, ba: p.ba, gap: p.gap })),
    ...(family ? [{ kind: "family" as const }] : []),
    { kind: "strengths", edges: strong.slice(0, STRENGTHS_SHOWN) },
  ];
}

/** A step's identity, stable when the list around it changes (the family's answers arrive, the threshold moves). */
export function stepKey(step: Step): string {
  if (step.kind === "weak" || step.kind === "asym") return `${step.kind}:${[step.a, step.b].sort().join("|")}`;
  return step.kind;
}

/** What the graph highlights at a step. */
export function stepFocus(step: Step | undefined): Focus {
  if (!step) return null;
  if (step.kind === "weak" || step.kind === "asym") return { pair: [step.a, step.b] };
  if (step.kind === "strengths") return step.edges.length ? { edges: step.edges.map((e) => `${e.source}->${e.target}`) } : null;
  return null;
}

/** The keys that move through the steps; presentation clickers send PageDown/PageUp. */
export function stepMove(key: string): "next" | "prev" | "first" | "last" | null {
  if (key === "ArrowRight" || key === "ArrowDown" || key === "PageDown") return "next";
  if (key === "ArrowLeft" || key === "ArrowUp" || key === "PageUp") return "prev";
  if (key === "Home") return "first";
  if (key === "End") return "last";
  return null;
}
