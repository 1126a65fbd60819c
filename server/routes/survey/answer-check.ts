// Fast acceptance check for PUT /api/s/:token bodies: one pass over the ratings against a per-scope table built once.
import type { Rating } from "../../../domain/index.ts";
import { scopeItems, type AnswerScope } from "../../../surveys/answers.ts";

/** The scope as index tables: cell (t, i) is at t * items + i, in targetIds × itemIds order. */
interface CompiledScope {
  targets: Map<string, number>;
  items: Map<string, number>;
  itemCount: number;
  /** 1 where the item is asked about the target. */
  allowed: Uint8Array;
  /** 1 where the cell must be answered to submit. */
  required: Uint8Array;
  requiredCount: number;
  /** A required cell the table cannot express (odd ids): submits always take the slow path. */
  requiredOutside: boolean;
}

/** Same rules as the zod schemas (domain/ids.ts Id, Rating.item), so anything accepted here zod accepts too. */
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const isItemId = (s: string) => s.length >= 1 && s.length <= 40;
const compiledScopes = new WeakMap<AnswerScope, CompiledScope>();

function compile(scope: AnswerScope): CompiledScope {
  const targets = new Map<string, number>();
  const items = new Map<string, number>();
  for (const t of scope.targetIds) if (ID.test(t) && t !== scope.raterId && !targets.has(t)) targets.set(t, targets.size);
  for (const i of scope.itemIds) if (isItemId(i) && !items.has(i)) items.set(i, items.size);
  const itemCount = items.size;
  const allowed = new Uint8Array(targets.size * itemCount);
  const required = new Uint8Array(targets.size * itemCount);
  for (const [t, ti] of targets) for (const i of scopeItems(scope, t)) if (items.has(i)) allowed[ti * itemCount + items.get(i)!] = 1;
  let requiredCount = 0;
  let requiredOutside = false;
  for (const t of scope.requiredTargetIds ?? scope.targetIds) {
    for (const i of scopeItems(scope, t)) {
      const ti = targets.get(t);
      const ii = items.get(i);
      if (ti === undefined || ii === undefined) requiredOutside = true;
      else if (!required[ti * itemCount + ii]) {
        required[ti * itemCount + ii] = 1;
        requiredCount++;
      }
    }
  }
  return { targets, items, itemCount, allowed, required, requiredCount, requiredOutside };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The body as `{ ratings, submit }` when it is a valid AnswerInput whose every rating is a known, non-self,
 * non-duplicate cell of the scope, and (with submit) complete; ratings come back in the store's order
 * (orderRatings), as fresh objects without extra keys. Anything else returns undefined and the route takes
 * the full path (zod, checkRatings, missingCells), which produces the exact error; this never rejects.
 */
export function acceptAnswers(body: unknown, scope: AnswerScope): { ratings: Rating[]; submit: boolean } | undefined {
  if (!isPlainObject(body)) return undefined;
  for (const key in body) if (key !== "ratings" && key !== "submit") return undefined;
  const list = body.ratings;
  const submit = body.submit === undefined ? false : body.submit;
  if (!Array.isArray(list) || list.length > 2000 || typeof submit !== "boolean") return undefined;
  let table = compiledScopes.get(scope);
  if (!table) compiledScopes.set(scope, (table = compile(scope)));
  if (submit && table.requiredOutside) return undefined;
  const cells = new Array<Rating | undefined>(table.allowed.length);
  let requiredSeen = 0;
  for (let k = 0; k < list.length; k++) {
    const r: unknown = list[k];
    if (!isPlainObject(r)) return undefined;
    const { target, item, value } = r;
    if (typeof target !== "string" || typeof item !== "string") return undefined;
    if (value !== null && !(typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5)) return undefined;
    const ti = table.targets.get(target);
    const ii = table.items.get(item);
    if (ti === undefined || ii === undefined) return undefined;
    const cell = ti * table.itemCount + ii;
    if (!table.allowed[cell] || cells[cell] !== undefined) return undefined;
    cells[cell] = { target, item, value: value as number | null };
    requiredSeen += table.required[cell];
  }
  if (submit && requiredSeen !== table.requiredCount) return undefined;
  const ratings: Rating[] = [];
  for (const c of cells) if (c !== undefined) ratings.push(c);
  return { ratings, submit };
}
