// Maps the labels and ids of an import file to the case's members, planning new members where needed.
import { DEFAULT_ROLES, Member, type RoleDef } from "../../../domain/index.ts";
import { newId } from "../../security/tokens.ts";

export type Resolved = { member: Member } | { error: string };

/** Resolves file labels to members: existing ones first, new ones (planned, not stored) for known roles. */
export class MemberResolver {
  /** Members the import would add, in order of first appearance. */
  readonly added: Member[] = [];
  /** File label → member, for everything resolved so far. */
  readonly byKey = new Map<string, Member>();
  private readonly roleIds: string[];

  constructor(private readonly caseId: string, private readonly existing: Member[], roles: RoleDef[] = DEFAULT_ROLES) {
    // Longest first, so "SKLær 2" is read as SKLær and not as a shorter id that happens to be a prefix.
    this.roleIds = roles.map((r) => r.id).sort((a, b) => b.length - a.length);
  }

  private roleList(): string {
    return [...this.roleIds].sort().join(", ");
  }

  /** The one existing member with this id or label; an error when several share the label. */
  private existingByName(name: string): Resolved | undefined {
    const byId = this.existing.find((m) => m.id === name);
    if (byId) return { member: byId };
    const matches = this.existing.filter((m) => m.label !== "" && m.label === name);
    if (matches.length > 1) return { error: `${matches.length} members of the case have the label "${name}".` };
    return matches[0] && { member: matches[0] };
  }

  /** Plans a new member (validated like POST /members). */
  private add(key: string, role: string, label: string): Resolved {
    const parsed = Member.safeParse({ id: newId(), caseId: this.caseId, role, label });
    if (!parsed.success) return { error: `"${key}" cannot be a member label: ${parsed.error.issues[0].message}.` };
    this.added.push(parsed.data);
    return { member: parsed.data };
  }

  private remember(key: string, r: Resolved): Resolved {
    if ("error" in r) return r;
    const twice = [...this.byKey].find(([k, m]) => k !== key && m.id === r.member.id);
    if (twice) return { error: `"${key}" and "${twice[0]}" would be the same member of the case.` };
    this.byKey.set(key, r.member);
    return r;
  }

  /**
   * A matrix label: an existing member's label or id; a role id (the one member with that role, or a
   * new one); or "ROLE something" (e.g. "SKLær 2"), a new member of that role with the label as written.
   */
  matrixLabel(label: string): Resolved {
    const known = this.byKey.get(label);
    if (known) return { member: known };
    const existing = this.existingByName(label);
    if (existing) return this.remember(label, existing);
    if (this.roleIds.includes(label)) {
      const same = this.existing.filter((m) => m.role === label);
      if (same.length > 1) return { error: `the case has ${same.length} members with role "${label}"; use their labels in the file.` };
      return this.remember(label, same[0] ? { member: same[0] } : this.add(label, label, ""));
    }
    const prefix = this.roleIds.find((id) => label.startsWith(id) && /^[\s_-]+\S/u.test(label.slice(id.length)));
    if (prefix) return this.remember(label, this.add(label, prefix, label));
    return { error: `"${label}" is neither a role (${this.roleList()}) nor a member label of this case.` };
  }

  /** A long-CSV member: an existing member with that id or label (same role), the role's one member when id = role, else a new member labelled with the id. */
  longMember(id: string, role: string): Resolved {
    const known = this.byKey.get(id);
    if (known) return { member: known };
    const existing = this.existingByName(id);
    if (existing && "member" in existing && existing.member.role !== role) {
      return { error: `the case's member "${id}" has role "${existing.member.role}", not "${role}".` };
    }
    if (existing) return this.remember(id, existing);
    if (!this.roleIds.includes(role)) return { error: `unknown role "${role}" (roles: ${this.roleList()}).` };
    if (id === role) return this.matrixLabel(id); // a role-level file (e.g. csv-long exported with by=role)
    return this.remember(id, this.add(id, role, id));
  }
}
