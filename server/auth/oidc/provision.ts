// Finds or creates the Laget user of a single sign-on login (by issuer + subject) and applies the mapped role and districts.
import { Email, User, UserInput } from "../../../domain/index.ts";
import { newId } from "../../security/tokens.ts";
import { saveSsoUser } from "../../services/users/sso.ts";
import type { Store } from "../../store/types.ts";
import { ssoRefusal } from "./failure.ts";
import type { Grant } from "./role-map.ts";

/** Who the provider says logged in. */
export interface Identity {
  issuer: string;
  subject: string;
  claims: Record<string, unknown>;
}

/** The first claim that is a valid e-mail address: email, then preferred_username and upn (Entra ID's sign-in name). */
export function emailFromClaims(claims: Record<string, unknown>): string | undefined {
  for (const key of ["email", "preferred_username", "upn"]) {
    const parsed = Email.safeParse(claims[key]);
    if (parsed.success) return parsed.data;
  }
  return undefined;
}

/** The display name: name, else given + family name, else the e-mail; cut to the 80 characters a name may have. */
export function nameFromClaims(claims: Record<string, unknown>, email: string): string {
  const str = (k: string) => (typeof claims[k] === "string" ? (claims[k] as string).trim() : "");
  const name = str("name") || [str("given_name"), str("family_name")].filter(Boolean).join(" ") || email;
  return UserInput.shape.name.parse(name.slice(0, 80));
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The user for this login, stored with the grant's role and districts (updated at every login). Refuses (LagetError)
 * when nothing maps to a role (`no_role`, nothing stored), the user is disabled, the provider sent no e-mail, or the
 * e-mail belongs to a user linked to another provider account. An existing user with the same e-mail and no link yet
 * is linked: the role still comes from the map, so linking grants nothing the map does not.
 */
export async function provisionUser(store: Store, who: Identity, grant: Grant | undefined, now: Date): Promise<User> {
  if (!grant) throw ssoRefusal("no_role");
  const email = emailFromClaims(who.claims);
  const users = await store.listUsers();
  const linked = users.find((u) => u.sso?.issuer === who.issuer && u.sso.subject === who.subject);
  if (linked?.disabled) throw ssoRefusal("disabled");
  if (!linked && !email) throw ssoRefusal("no_email");

  const owner = email ? users.find((u) => u.email === email) : undefined;
  let base: User;
  if (linked) {
    // Follow a changed e-mail unless another user has it.
    base = { ...linked, email: email && (!owner || owner.id === linked.id) ? email : linked.email };
  } else if (owner) {
    if (owner.sso) throw ssoRefusal("email_taken");
    if (owner.disabled) throw ssoRefusal("disabled");
    base = { ...owner, sso: { issuer: who.issuer, subject: who.subject } };
  } else {
    base = {
      id: newId(),
      email: email!,
      name: email!,
      role: grant.role,
      districts: [],
      // No password: a single sign-on user logs in through the provider only.
      passwordHash: "",
      createdAt: now.toISOString(),
      disabled: false,
      sso: { issuer: who.issuer, subject: who.subject },
    };
  }
  const next = User.parse({ ...base, name: nameFromClaims(who.claims, base.email), role: grant.role, districts: grant.districts });
  const changed =
    !linked ||
    linked.email !== next.email ||
    linked.name !== next.name ||
    linked.role !== next.role ||
    !sameList(linked.districts, next.districts);
  // A new role or other districts end the user's other sessions and API tokens, as an admin's change would.
  if (changed) await saveSsoUser({ store, now: () => now }, linked ?? owner, next);
  return next;
}
