// Cross-case aggregates: role-pair matrices across cases and round-to-round change, with min-n suppression.
export { aggregateRolePairs, type AggregateOptions } from "./role-pairs.ts";
export { roundChange, type RoundChangeOptions } from "./change.ts";
export { protectCells, type Observation, type ProtectedCell, type ProtectOptions, type ReferenceCount } from "./suppress.ts";
export { referenceCounts } from "./reference.ts";
export type * from "./types.ts";
export { publishRelease } from "./release.ts";
export { forgetCases } from "./links.ts";
export type * from "./release-types.ts";
export { changeView, pairsView, type ChangeQuery, type PairsQuery, type ReleaseView, type ViewCell, type ViewMatrix } from "./release-view.ts";
export { contributionOf, type ContributionLabels } from "./contribution.ts";
