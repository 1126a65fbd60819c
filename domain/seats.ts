// Reserved seat ids and the family's/child's form versions: plain constants, no zod, so the workspace may import them.

/**
 * The child's seat is a per-round link, not a member: a member is a node in the team graph and a
 * target in every team form, and the child is neither. It has no label, so no name can be stored.
 * Its links and answer sets use this reserved member id (generated ids are 12 characters, never this).
 */
export const CHILD_SEAT_ID = "_child";

/** Target id of family/child items about the team as a whole (not about one member). */
export const TEAM_TARGET_ID = "_team";

/** Age versions of the child form, and the instrument id each one uses. */
export const CHILD_VERSIONS = ["8-12", "13-16"] as const;
export type ChildVersion = (typeof CHILD_VERSIONS)[number];
export const CHILD_INSTRUMENT: Record<ChildVersion, string> = { "8-12": "child-8-12", "13-16": "child-13-16" };
export const FAMILY_INSTRUMENT_ID = "family";
