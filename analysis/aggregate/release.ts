// publishRelease: one protected publication of every table an evaluator can obtain, linked to the releases before it.
import { buildCells, emptySets, periodOrder, seriesSets } from "./cells.ts";
import { assembleLinks, linkedIndex, nextSeriesLinks, oldSizes, seriesHistory } from "./links.ts";
import { protectSeries } from "./protect-series.ts";
import { parseContributions, parseReleaseOptions } from "./release-input.ts";
import { assembleRelease } from "./release-output.ts";
import type { PackedContribution, Release, ReleaseContribution, ReleaseLinks, ReleaseOptions } from "./release-types.ts";
import { mustCarry } from "./time-rule.ts";

/**
 * Computes a release from one contribution per case and period (the case's latest closed round of that
 * name), protected together with every earlier release (`options.previous`).
 *
 * Tables: per period the total, each district and each unit; the same for the change between
 * consecutive periods (cases measured in both; d = later − earlier). Every published number is a
 * linear equation over case values: n·mean (a sum), the weak count n·weakShare, n·meanDelta.
 *
 * 1. Case sets ("*"): a group is a candidate when it holds ≥ minCases distinct cases (measured in both
 *    periods for a change group). `protectSeries` then drops groups until no hidden group's sum, and no
 *    class of fewer than minCases contributions that every table treats alike, is a combination of the
 *    published groups and of every group published before. Its outcome does not depend on role pairs.
 * 2. Each role pair: a cell of a published group is a candidate when ≥ minCases cases have the pair
 *    scored; the same protection, against every earlier release's cells of that pair.
 * A group or cell that is not published now keeps the value of the last release that published it
 * (carried, with its `asOf`), which adds nothing an evaluator did not have; otherwise it is hidden.
 *
 * Returns the release and the links the next release needs. Throws `publishRelease: …` for bad input.
 */
export function publishRelease(contributions: (ReleaseContribution | PackedContribution)[], options: ReleaseOptions): { release: Release; links: ReleaseLinks } {
  const opts = parseReleaseOptions(options);
  const { list, pairs: pairNames } = parseContributions(contributions);
  const previousLinks = opts.previous?.links ?? null;
  const periods = periodOrder(list);
  const cells = buildCells(list, periods);
  const linked = linkedIndex(previousLinks, list);
  const periodIndex = new Map(periods.map((p, i) => [p, i]));
  // Contributions in period, district, unit order (code-unit order of the names), then input order: the unit
  // cells of each period hold every contribution once, in input order.
  const byText = (p: string, q: string) => (p < q ? -1 : p > q ? 1 : 0);
  const units = cells
    .filter((c) => c.kind === "period" && c.level === "unit")
    .sort((x, y) => (periodIndex.get(x.period) as number) - (periodIndex.get(y.period) as number) || byText(x.district ?? "", y.district ?? "") || byText(x.unit ?? "", y.unit ?? ""));
  const order = new Int32Array(list.length);
  let rank = 0;
  for (const u of units) for (const i of u.members) order[i] = rank++;
  const nextLinks = new Map<string, ReturnType<typeof nextSeriesLinks>>();

  const allSets = seriesSets(cells, list, pairNames);
  const keyRank = new Int32Array(cells.length);
  cells.map((c, i) => i).sort((a, b) => cells[a].key.localeCompare(cells[b].key)).forEach((i, r) => (keyRank[i] = r));
  const protect = (series: string, candidate: (count: number, key: string) => boolean): Set<string> => {
    const sets = allSets.get(series) ?? emptySets(cells);
    const history = seriesHistory(previousLinks, series, linked);
    const size = oldSizes(history);
    const outcome = protectSeries({
      ...history,
      minCases: opts.minCases,
      order,
      cells: cells.map((c, i) => ({
        key: c.key, rank: keyRank[i], level: c.level, ...sets[i],
        candidate: candidate(sets[i].count, c.key) && !mustCarry(sets[i], history.oldClass, history.oldCells.get(c.key), size, opts.minCases, c.kind === "change" ? 2 : 1),
      })),
    });
    nextLinks.set(series, nextSeriesLinks(outcome, history));
    return outcome.published;
  };

  const freshGroups = protect("*", (count) => count >= opts.minCases);
  const counts = cells.map((c) => (c.kind === "period" ? c.members.length : c.pairs.length));
  const freshPairs = new Map<string, Set<string>>();
  for (const pair of [...pairNames].sort()) {
    freshPairs.set(pair, protect(pair, (count, key) => count >= opts.minCases && freshGroups.has(key)));
  }
  for (const series of Object.keys(previousLinks?.series ?? {})) {
    if (!nextLinks.has(series)) protect(series, () => false);
  }
  const release = assembleRelease({
    id: opts.id, publishedAt: opts.publishedAt, minCases: opts.minCases, threshold: opts.threshold,
    periods, contributions: list, pairs: pairNames, cells, counts, sets: allSets, freshGroups, freshPairs, previous: opts.previous?.release ?? null,
  });
  return { release, links: assembleLinks(opts.threshold, list, nextLinks) };
}
