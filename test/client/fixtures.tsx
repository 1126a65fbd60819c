// Shared fixtures for component tests: seed case 3 analysed by the real analysis layer, and a provider wrapper.
import type { ComponentChildren } from "preact";
import { analyze } from "../../analysis/analyze.ts";
import type { AnalysisResult } from "../../analysis/types.ts";
import { DEFAULT_ROLES } from "../../domain/roles.ts";
import { RC7_V1 } from "../../surveys/rc7.ts";
import { I18nContext, makeI18n, type Lang } from "../../client/i18n/index.ts";
import { AppContext } from "../../client/state.ts";

/** Seed case 3 (examples/case-3.csv): rows rate columns, PSYK did not answer. */
export const CASE3 = [
  ["HEGE", [null, 1.0, 1.0, 1.8, 5.0]],
  ["ØBC", [1.8, null, 1.5, 4.2, 2.7]],
  ["PSYK", [null, null, null, null, null]],
  ["SR", [4.7, 4.5, 4.2, null, 4.5]],
  ["FORÆ", [5.0, 2.0, 1.5, 2.7, null]],
] as const;

export function case3Analysis(threshold = 3.5): AnalysisResult {
  const ids = CASE3.map(([id]) => id);
  const pairScores = CASE3.flatMap(([rater, row]) =>
    row.flatMap((score, j) => (score === null ? [] : [{ rater, target: ids[j], score }])),
  );
  return analyze({ nodes: ids.map((id) => ({ id, role: id, label: id })), pairScores }, { threshold, by: "role" });
}

export function Providers({ children, lang = "nb" }: { children: ComponentChildren; lang?: Lang }) {
  const app = {
    user: { id: "u1", email: "a@b.no", name: "Kari", role: "admin" as const, districts: [], disabled: false, createdAt: "2025-01-01T00:00:00.000Z" },
    roles: DEFAULT_ROLES,
    instruments: [RC7_V1],
    logout: () => {},
  };
  return (
    <I18nContext.Provider value={makeI18n(lang)}>
      <AppContext.Provider value={app}>{children}</AppContext.Provider>
    </I18nContext.Provider>
  );
}
