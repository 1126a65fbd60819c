// The HTML form's encoding of ratings: field `r.<targetId>.<itemId>` with value 1..5 or `na`, and element ids.
import type { Rating } from "../../domain/response.ts";

export const NA_VALUE = "na";
export const SCALE_VALUES = ["1", "2", "3", "4", "5"] as const;

/** Form field name for one cell. */
export function fieldName(target: string, item: string): string {
  return `r.${target}.${item}`;
}

/** Element id of one radio; `value` is 1..5 or "na". The error summary links to value "1". */
export function optionId(target: string, item: string, value: string): string {
  return `f-${target}-${item}-${value}`;
}

/** Element id of a cell's error message (referenced by aria-describedby). */
export function errorId(target: string, item: string): string {
  return `e-${target}-${item}`;
}

/** Rating value → form value ("na" for N/A). */
export function toFormValue(value: number | null): string {
  return value === null ? NA_VALUE : String(value);
}

/** Form value → rating value: "na" is N/A (null), digits are a number, anything else stays text. Whether the value is on the scale is the domain schema's call. */
export function fromFormValue(v: string): number | null | string {
  if (v === NA_VALUE) return null;
  return /^\d{1,6}$/.test(v) ? Number(v) : v;
}

/** Stored ratings as form values keyed by field name (for resume and re-render). */
export function ratingsToValues(ratings: readonly Rating[]): Map<string, string> {
  return new Map(ratings.map((r) => [fieldName(r.target, r.item), toFormValue(r.value)]));
}
