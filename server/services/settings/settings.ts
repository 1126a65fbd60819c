// Installation settings (the minimum number of cases behind an aggregate cell): read by everyone, changed by admins.
import { Settings, type SettingsPatch } from "../../../domain/index.ts";
import type { ServiceContext } from "../context.ts";

/** The current settings. */
export function getSettings(ctx: Pick<ServiceContext, "store">): Promise<Settings> {
  return ctx.store.getSettings();
}

/** Applies a partial change and stores the result. */
export async function updateSettings(ctx: Pick<ServiceContext, "store">, patch: SettingsPatch): Promise<Settings> {
  const settings = Settings.parse({ ...(await ctx.store.getSettings()), ...patch });
  await ctx.store.putSettings(settings);
  return settings;
}
