// Installation settings (minimum number of cases behind an aggregate cell, weak threshold of the aggregates): read by everyone, changed by admins.
import { Settings, conflict, type SettingsPatch } from "../../../domain/index.ts";
import type { ServiceContext } from "../context.ts";

/** The current settings. */
export function getSettings(ctx: Pick<ServiceContext, "store">): Promise<Settings> {
  return ctx.store.getSettings();
}

/**
 * Applies a partial change and stores the result. The weak threshold cannot change once an aggregate
 * release is published (`conflict`): every later release keeps it.
 */
export async function updateSettings(ctx: Pick<ServiceContext, "store">, patch: SettingsPatch): Promise<Settings> {
  const settings = Settings.parse({ ...(await ctx.store.getSettings()), ...patch });
  const release = await ctx.store.getRelease();
  if (release && settings.weakThreshold !== release.links.threshold) {
    throw conflict("threshold_fixed", `The weak threshold of the aggregates is ${release.links.threshold}, fixed by the published releases`);
  }
  await ctx.store.putSettings(settings);
  return settings;
}
