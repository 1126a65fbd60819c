// Deterministic ordering of node ids: Norwegian collation (… Æ Ø Å), ties broken by code units.

const collator = new Intl.Collator("nb");

/** Compare two ids for sorting: Norwegian alphabetical order, then code-unit order for a stable tie-break. */
export function compareIds(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
