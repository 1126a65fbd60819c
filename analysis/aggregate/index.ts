// Cross-case aggregates: protected releases of period and change tables, and what one request sees of them.
export { publishRelease } from "./release.ts";
export { forgetCases } from "./links.ts";
export { contributionOf, type ContributionLabels } from "./contribution.ts";
export { changeView, pairsView, type ChangeQuery, type PairsQuery } from "./release-view.ts";
export type * from "./release-types.ts";
export type * from "./types.ts";
