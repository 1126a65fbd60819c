// Readable node names: the role's full name in the user's language, with the member's own label when it says more;
// members that would read the same get a number ("Lærer 1", "Lærer 2").
import type { AnalysisNode } from "../../analysis/types.ts";
import type { RoleDef } from "../../domain/index.ts";
import type { Lang } from "../i18n/index.ts";
import { roleName } from "../state.ts";

/** Graphs with more nodes than this keep the short labels on the nodes (full names would cover each other). */
export const FULL_NAMES_UP_TO = 16;

type NamedNode = Pick<AnalysisNode, "id" | "role" | "label">;

/** id → full name, unique within `nodes`. */
export function longNames(nodes: NamedNode[], roles: RoleDef[], lang: Lang): Map<string, string> {
  const base = nodes.map((n) => {
    const role = roleName(roles, n.role, lang);
    return [n.id, n.label && n.label !== n.role && n.label !== role ? `${role} (${n.label})` : role] as const;
  });
  const count = new Map<string, number>();
  for (const [, name] of base) count.set(name, (count.get(name) ?? 0) + 1);
  const seen = new Map<string, number>();
  return new Map(
    base.map(([id, name]) => {
      if ((count.get(name) ?? 0) < 2) return [id, name];
      const k = (seen.get(name) ?? 0) + 1;
      seen.set(name, k);
      return [id, `${name} ${k}`];
    }),
  );
}
