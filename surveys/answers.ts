// Pure checks of a respondent's answer set against the case (targets) and the instrument (items).
import type { Rating } from "../domain/response.ts";

/** Who may be rated about what: the other members of the case and the instrument's item ids. */
export interface AnswerScope {
  raterId: string;
  targetIds: readonly string[];
  itemIds: readonly string[];
  /** Family/child forms: the items asked about each target (default: every item about every target). */
  itemsFor?: Readonly<Record<string, readonly string[]>>;
  /** Targets that must be complete to submit (default: all); the family may skip members they do not know. */
  requiredTargetIds?: readonly string[];
}

/** The item ids asked about `target` in this scope. */
export function scopeItems(scope: AnswerScope, target: string): readonly string[] {
  return scope.itemsFor?.[target] ?? scope.itemIds;
}

export type AnswerIssueCode = "self_rating" | "unknown_target" | "unknown_item" | "duplicate" | "missing";

/** One problem with one (target, item) cell; `index` points into the ratings array when there is one. */
export interface AnswerIssue {
  code: AnswerIssueCode;
  target: string;
  item: string;
  index?: number;
}

const cellKey = (target: string, item: string) => `${target}\u0000${item}`;

/** Problems that make the set unacceptable even as a draft: self-ratings, unknown targets/items, duplicates. */
export function checkRatings(ratings: readonly Rating[], scope: AnswerScope): AnswerIssue[] {
  const targets = new Set(scope.targetIds);
  const seen = new Set<string>();
  const issues: AnswerIssue[] = [];
  ratings.forEach((r, index) => {
    const at = { target: r.target, item: r.item, index };
    if (r.target === scope.raterId) issues.push({ code: "self_rating", ...at });
    else if (!targets.has(r.target)) issues.push({ code: "unknown_target", ...at });
    else if (!scopeItems(scope, r.target).includes(r.item)) issues.push({ code: "unknown_item", ...at });
    else if (seen.has(cellKey(r.target, r.item))) issues.push({ code: "duplicate", ...at });
    seen.add(cellKey(r.target, r.item));
  });
  return issues;
}

/** Cells with no rating at all (N/A counts as answered), in target then item order. */
export function missingCells(ratings: readonly Rating[], scope: AnswerScope): AnswerIssue[] {
  const have = new Set(ratings.map((r) => cellKey(r.target, r.item)));
  return (scope.requiredTargetIds ?? scope.targetIds).flatMap((target) =>
    scopeItems(scope, target).filter((item) => !have.has(cellKey(target, item))).map((item) => ({ code: "missing" as const, target, item })),
  );
}

/** True when every target has a value or N/A on every item. */
export function isComplete(ratings: readonly Rating[], scope: AnswerScope): boolean {
  return missingCells(ratings, scope).length === 0;
}

/** The ratings in the scope's target then item order (stable storage and display order). */
export function orderRatings(ratings: readonly Rating[], scope: AnswerScope): Rating[] {
  const t = new Map(scope.targetIds.map((id, i) => [id, i]));
  const it = new Map(scope.itemIds.map((id, i) => [id, i]));
  const rank = (r: Rating) => (t.get(r.target) ?? 1e9) * 1e4 + (it.get(r.item) ?? 9999);
  return [...ratings].sort((a, b) => rank(a) - rank(b));
}
