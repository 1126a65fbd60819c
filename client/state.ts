// App-wide context: the signed-in session, the role catalogue and instruments, with name/colour helpers.
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { PublicUser as User, RoleDef } from "../domain/index.ts";
import type { Instrument } from "../surveys/schema.ts";
import type { Lang } from "./i18n/index.ts";

export interface AppState {
  user: User | null;
  roles: RoleDef[];
  instruments: Instrument[];
  logout: () => void;
}

export const AppContext = createContext<AppState>({ user: null, roles: [], instruments: [], logout: () => {} });
export const useApp = (): AppState => useContext(AppContext);

const FALLBACK_COLOUR = "#666666";

export function roleName(roles: RoleDef[], id: string, lang: Lang): string {
  return roles.find((r) => r.id === id)?.name[lang] ?? id;
}
export function roleColour(roles: RoleDef[], id: string): string {
  return roles.find((r) => r.id === id)?.colour ?? FALLBACK_COLOUR;
}
/** "Lærer (kontaktlærer)" — role name plus the optional label. */
export function memberName(roles: RoleDef[], m: { role: string; label?: string }, lang: Lang): string {
  const name = roleName(roles, m.role, lang);
  return m.label ? `${name} (${m.label})` : name;
}
