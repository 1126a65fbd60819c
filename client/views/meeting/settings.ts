// Meeting view switches and their round-trip through the URL query (so a reload shows the same view).
import type { SizeBy } from "../../graph/build.ts";

export interface MeetingSettings {
  dimension: string;
  threshold: number;
  by: "role" | "member";
  sizeBy: SizeBy;
}

export const DEFAULT_SETTINGS: MeetingSettings = { dimension: "all", threshold: 3.5, by: "role", sizeBy: "in" };

export function settingsFromQuery(q: URLSearchParams): MeetingSettings {
  const th = Number(q.get("t"));
  return {
    dimension: q.get("dim") || DEFAULT_SETTINGS.dimension,
    threshold: th >= 1 && th <= 5 ? th : DEFAULT_SETTINGS.threshold,
    by: q.get("by") === "member" ? "member" : "role",
    sizeBy: q.get("size") === "betweenness" ? "betweenness" : "in",
  };
}

export function settingsToQuery(s: MeetingSettings, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams({ dim: s.dimension, t: String(s.threshold), by: s.by, size: s.sizeBy, ...extra });
  return q.toString();
}
