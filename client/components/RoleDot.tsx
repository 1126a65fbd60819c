// A small decorative dot in the role's colour (the role name is always written next to it).
import { roleColour, useApp } from "../state.ts";

export function RoleDot({ role }: { role: string }) {
  const { roles } = useApp();
  return <span class="dot" aria-hidden="true" style={{ background: roleColour(roles, role) }} />;
}
