// Admin-configurable settings: the minimum number of cases a published aggregate cell needs, the aggregates' weak threshold, and how long cases are kept.
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
  /** A case is erased this many months after its last round closed (README, privacy); 0 keeps cases until deleted. */
  retentionMonths: z.number().int().min(0).max(240).default(24),
});
export type Settings = z.infer<typeof Settings>;
/** Settings as given to the store: fields left out take their defaults. */
export type SettingsInput = z.input<typeof Settings>;

/** The settings of a fresh installation. */
export const DEFAULT_SETTINGS: Settings = { minCases: 5, weakThreshold: 3.5, retentionMonths: 24 };

/** Body of PUT /api/settings: any subset of the settings. */
export const SettingsPatch = Settings.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;
