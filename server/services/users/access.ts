// Which districts a user's data access covers: the one rule for cases and aggregates alike.
import type { User } from "../../../domain/index.ts";

/**
 * The districts a user may see data of: null = every district (admins only); otherwise exactly the
 * districts on the account — an empty list covers none, for evaluators as for facilitators.
 */
export function districtScope(user: Pick<User, "role" | "districts">): string[] | null {
  return user.role === "admin" ? null : [...user.districts];
}

/** Whether the user's scope covers `district`. */
export function coversDistrict(user: Pick<User, "role" | "districts">, district: string): boolean {
  const scope = districtScope(user);
  return scope === null || scope.includes(district);
}
