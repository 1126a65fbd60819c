// Places a respondent's ratings into the survey's cells (the case's targets × the instrument's items) and names what does not fit.
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
  return scope.itemsFor && Object.hasOwn(scope.itemsFor, target) ? scope.itemsFor[target] : scope.itemIds;
}

export type AnswerIssueCode = "self_rating" | "unknown_target" | "unknown_item" | "duplicate" | "missing";

/** One problem with one (target, item) cell; `index` points into the ratings array when there is one. */
export interface AnswerIssue {
  code: AnswerIssueCode;
  target: string;
  item: string;
  index?: number;
}

/** A rating whose value may not have been checked yet (the form's values before validation). */
export type CellRating<V = Rating["value"]> = { target: string; item: string; value: V };

/** The ratings in the scope's cells, and the problems found while placing them. */
export interface PlacedRatings<V> {
  /** In the scope's target-then-item order (the stored and shown order), as fresh `{ target, item, value }` objects. */
  ratings: CellRating<V>[];
  /** Self-ratings, unknown targets or items and duplicates (in input order), then missing cells when asked for. */
  issues: AnswerIssue[];
}

/**
 * One pass over `ratings`: each must name another member of the scope and an item asked about that member, once.
 * With `complete`, every required cell must be answered too (N/A counts as answered); missing cells are listed in
 * target then item order. Values are not looked at here: the domain schema checked them at the boundary.
 */
export function placeRatings<V>(ratings: readonly CellRating<V>[], scope: AnswerScope, complete: boolean): PlacedRatings<V> {
  const targetIndex = new Map(scope.targetIds.map((id, i) => [id, i]));
  const itemIndex = new Map(scope.itemIds.map((id, i) => [id, i]));
  const width = scope.itemIds.length;
  const cells = new Array<CellRating<V> | undefined>(scope.targetIds.length * width);
  const issues: AnswerIssue[] = [];
  for (let index = 0; index < ratings.length; index++) {
    const { target, item, value } = ratings[index];
    const t = targetIndex.get(target);
    const i = itemIndex.get(item);
    const code: AnswerIssueCode | undefined =
      target === scope.raterId ? "self_rating"
      : t === undefined ? "unknown_target"
      : i === undefined || (scope.itemsFor !== undefined && !scopeItems(scope, target).includes(item)) ? "unknown_item"
      : cells[t * width + i] !== undefined ? "duplicate"
      : undefined;
    if (code) issues.push({ code, target, item, index });
    else cells[t! * width + i!] = { target, item, value };
  }
  if (complete) {
    for (const target of scope.requiredTargetIds ?? scope.targetIds) {
      const t = targetIndex.get(target);
      for (const item of scopeItems(scope, target)) {
        const i = itemIndex.get(item);
        if (t === undefined || i === undefined || cells[t * width + i] === undefined) issues.push({ code: "missing", target, item });
      }
    }
  }
  const placed: CellRating<V>[] = [];
  for (const c of cells) if (c !== undefined) placed.push(c);
  return { ratings: placed, issues };
}
