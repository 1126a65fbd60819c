// Readable names for what an action is about: a member or role link at its recorded level, or the team.
import type { ActionAbout, Member, RoleDef } from "../../../domain/index.ts";
import type { Lang, T } from "../../i18n/index.ts";
import { memberName, roleName } from "../../state.ts";

/** The name of one end of a link at `level`: the member's role and label, or the role's name. */
export function nodeName(level: ActionAbout["level"], id: string, members: Member[], roles: RoleDef[], lang: Lang, t: T): string {
  if (level === "role") return roleName(roles, id, lang);
  const m = members.find((x) => x.id === id);
  return m ? memberName(roles, m, lang) : t("actionGoneMember");
}

/** "Lærer → PPT-tjenesten", or "Hele laget". */
export function aboutLabel(about: ActionAbout, members: Member[], roles: RoleDef[], lang: Lang, t: T): string {
  if (about.kind === "team") return t("actionTeam");
  return `${nodeName(about.level, about.source, members, roles, lang, t)} → ${nodeName(about.level, about.target, members, roles, lang, t)}`;
}

/** The roles of the team, each once, in the order the members were added (who can be responsible for an action). */
export function teamRoles(members: Member[]): string[] {
  return [...new Set(members.map((m) => m.role))];
}
