// Instrument items and dimensions: which item ids a pair score is the mean of, with groups from the instrument.
import { DEFAULT_INSTRUMENT_ID, getInstrument } from "../surveys/index.ts";

/** An instrument item as the analysis needs it: its id and the subscore group it counts toward. */
export interface AnalysisItem {
  id: string;
  /** Subscore group from the instrument definition (e.g. "communication"); absent when unknown. */
  group?: string;
}

/** An item given to analyze(): an instrument item (id and group), or a bare id without a group. */
export type ItemSpec = string | AnalysisItem;

/** The items of the default instrument (latest version) with their groups, in the instrument's order. */
export const DEFAULT_INSTRUMENT_ITEMS: readonly AnalysisItem[] = Object.freeze(
  getInstrument(DEFAULT_INSTRUMENT_ID)!.items.map(({ id, group }) => Object.freeze({ id, group })),
);

/** Item ids of the default instrument, in order. */
export const DEFAULT_ITEMS: readonly string[] = Object.freeze(DEFAULT_INSTRUMENT_ITEMS.map((i) => i.id));

const toItem = (spec: ItemSpec): AnalysisItem => (typeof spec === "string" ? { id: spec } : spec.group === undefined ? { id: spec.id } : { id: spec.id, group: spec.group });

/**
 * Item order (and groups) for an input: the given items; else the `fallback` instrument's items
 * (default: the default instrument) when every rated item belongs to it; else the rated item ids
 * in order of first appearance, without groups.
 */
export function resolveItems(
  given: readonly ItemSpec[] | undefined,
  rated: Iterable<string>,
  fallback: readonly AnalysisItem[] = DEFAULT_INSTRUMENT_ITEMS,
): AnalysisItem[] {
  if (given) return given.map(toItem);
  const seen = new Set<string>();
  for (const item of rated) seen.add(item);
  const known = new Set(fallback.map((i) => i.id));
  return [...seen].every((i) => known.has(i)) ? fallback.map(toItem) : [...seen].map((id) => ({ id }));
}

/** The subscore groups of `items`, in order of first appearance. */
export function itemGroups(items: readonly AnalysisItem[]): string[] {
  return [...new Set(items.flatMap((i) => (i.group === undefined ? [] : [i.group])))];
}

/**
 * The item ids a dimension covers (docs/design.md, Instrument): "all"; one item id; or a subscore
 * group of the instrument (e.g. "communication"), i.e. every item whose `group` is that name, in
 * the instrument's order. Groups come from the items given, never from positions.
 *
 * @throws an Error naming `fn` and the option when the dimension does not exist for these items.
 */
export function dimensionItems(fn: string, items: readonly AnalysisItem[], dimension: string): string[] {
  if (dimension === "all") return items.map((i) => i.id);
  if (items.some((i) => i.id === dimension)) return [dimension];
  const grouped = items.filter((i) => i.group === dimension).map((i) => i.id);
  if (grouped.length > 0) return grouped;
  const groups = itemGroups(items);
  const choices = [`"all"`, ...groups.map((g) => `"${g}"`), ...(items.length > 0 ? [`an item id (${items.map((i) => i.id).join(", ")})`] : [])];
  const why = groups.length === 0 && (dimension === "communication" || dimension === "relationship")
    ? ` (the items carry no subscore groups: give the instrument's items with their groups)` : "";
  throw new Error(`${fn}: option "dimension" must be ${choices.join(", ")}, got "${dimension}"${why}.`);
}
