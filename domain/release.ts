// Aggregate releases as stored and served: the published tables, the links to the next release, and the history of publications.
import { z } from "zod";

const Geo = { level: z.enum(["total", "district", "unit"]), district: z.string().nullable(), unit: z.string().nullable(), cases: z.number().int(), asOf: z.string() };
const Cell = { rater: z.string(), target: z.string(), asOf: z.string() };

/** A published cell of a period table: n cases, mean, median and weak share of their pair scores. */
export const PairCell = z.object({ ...Cell, n: z.number().int(), mean: z.number(), median: z.number(), weakShare: z.number() });
/** A published cell of a change table: n cases measured in both periods, mean and median change. */
export const ChangeCell = z.object({ ...Cell, n: z.number().int(), meanDelta: z.number(), medianDelta: z.number() });

const PairMatrix = z.object({ ...Geo, cells: z.array(PairCell) });
const ChangeMatrix = z.object({ ...Geo, cells: z.array(ChangeCell) });

/** Everything evaluators can obtain, protected together (analysis/aggregate/release.ts). */
export const Release = z.object({
  id: z.string(),
  publishedAt: z.string(),
  minCases: z.number().int(),
  threshold: z.number(),
  dimension: z.literal("all"),
  periods: z.array(z.string()),
  roles: z.array(z.string()),
  periodTables: z.array(z.object({ kind: z.literal("period"), period: z.string(), matrices: z.array(PairMatrix) })),
  changeTables: z.array(z.object({ kind: z.literal("change"), from: z.string(), to: z.string(), matrices: z.array(ChangeMatrix) })),
});
export type Release = z.infer<typeof Release>;

const Pair = z.tuple([z.number().int(), z.number().int()]);
const Row = z.array(z.number().int());

/**
 * Which contributions each release published together, so that the next one can be checked against
 * all of them (see analysis/aggregate/release-types.ts for the fields).
 */
export const ReleaseLinks = z.object({
  format: z.literal(1),
  threshold: z.number(),
  keys: z.array(z.tuple([z.string(), z.string(), z.string()])),
  series: z.record(z.string(), z.object({
    classOf: z.array(z.number().int().min(0)),
    phantoms: z.array(Pair),
    classes: z.number().int().min(0),
    rows: z.array(Row),
    cells: z.array(z.tuple([z.string(), Row])),
  })),
});
export type ReleaseLinks = z.infer<typeof ReleaseLinks>;

/** The stored state of the aggregate publications: the current release, its links, and every publication so far. */
export const StoredRelease = z.object({
  release: Release,
  links: ReleaseLinks,
  history: z.array(z.object({ id: z.string(), publishedAt: z.string(), publishedBy: z.string().nullable() })),
});
export type StoredRelease = z.infer<typeof StoredRelease>;
