// Admin-configurable settings: the minimum number of cases a published aggregate cell needs, and the aggregates' weak threshold.
import { z } from "zod";

/** Stored once per installation; every field has a default so older data files stay valid. */
export const Settings = z.object({
  /** Cross-case aggregate cells built from fewer cases are suppressed (docs/design.md; default 5). */
  minCases: z.number().int().min(2).max(100).default(5),
  /**
   * Weak-link threshold of the aggregates' weak shares (default 3.5). Fixed once a release is published:
   * weak counts at two thresholds would tell how many cases lie between them.
   */
  weakThreshold: z.number().min(1).max(5).default(3.5),
});
export type Settings = z.infer<typeof Settings>;

/** The settings of a fresh installation. */
export const DEFAULT_SETTINGS: Settings = { minCases: 5, weakThreshold: 3.5 };

/** Body of PUT /api/settings: any subset of the settings. */
export const SettingsPatch = Settings.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;
