// Instrument items and dimensions: which item ids a pair score is the mean of.

/** Item ids of the default instrument, in order (docs/design.md, Instrument). */
export const DEFAULT_ITEMS = [
  "frequent",
  "timely",
  "accurate",
  "problemSolving",
  "sharedGoals",
  "sharedKnowledge",
  "mutualRespect",
] as const;

/** Subscores: communication = items 1–4, relationship = items 5–7 (positions in the instrument). */
export const SUBSCORES = { communication: [0, 4], relationship: [4, 7] } as const;

export type Subscore = keyof typeof SUBSCORES;

/**
 * Item order for an input: the given list, else the default instrument when every rated item
 * belongs to it, else the order of first appearance in the ratings.
 */
export function resolveItems(given: readonly string[] | undefined, rated: Iterable<string>): string[] {
  if (given) return [...given];
  const seen: string[] = [];
  const set = new Set<string>();
  for (const item of rated) {
    if (!set.has(item)) {
      set.add(item);
      seen.push(item);
    }
  }
  const defaults: readonly string[] = DEFAULT_ITEMS;
  return seen.every((i) => defaults.includes(i)) ? [...DEFAULT_ITEMS] : seen;
}

/**
 * The items a dimension covers: "all", one item id, or a subscore name.
 * Throws, naming `fn` and the option, when the dimension does not exist for these items.
 */
export function dimensionItems(fn: string, items: readonly string[], dimension: string): string[] {
  if (dimension === "all") return [...items];
  if (items.includes(dimension)) return [dimension];
  if (dimension === "communication" || dimension === "relationship") {
    const [from, to] = SUBSCORES[dimension];
    if (items.length < to) {
      throw new Error(`${fn}: option "dimension" is "${dimension}" (items ${from + 1}–${to}) but the instrument has ${items.length} items.`);
    }
    return items.slice(from, to);
  }
  throw new Error(
    `${fn}: option "dimension" must be "all", "communication", "relationship" or an item id (${items.join(", ") || "no items"}), got "${dimension}".`,
  );
}
