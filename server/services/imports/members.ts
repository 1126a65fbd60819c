// Maps the labels and ids of an import file to the case's members, planning new members where needed.
import { DEFAULT_ROLES, MemberInput, type Member, type RoleDef } from "../../../domain/index.ts";
import { newId } from "../../security/tokens.ts";

export type Resolved = { member: Member } | { error: string };

/** Resolves file labels to members: existing ones first, new ones (planned, not stored) for known roles. */
export class MemberResolver {
  /** Members the import would add, in order of first appearance. */
  readonly added: Member[] = [];
  /** File label → member, for everything resolved so far. */
  readonly byKey = new Map<string, Member>();
  /** Member id → the file label it was first resolved from (the reverse of byKey, for a linear-time check). */
  private readonly keyOfMember = new Map<string, string>();
  private readonly roleIds: string[];
  private readonly existingById: Map<string, Member>;
  private readonly existingByLabel = new Map<string, Member[]>();

  constructor(private readonly caseId: string, private readonly existing: Member[], roles: RoleDef[] = DEFAULT_ROLES) {
    this.existingById = new Map(existing.map((m) => [m.id, m]));
    for (const m of existing) {
      if (m.label === "") continue;
      const same = this.existingByLabel.get(m.label);
      if (same) same.push(m);
      else this.existingByLabel.set(m.label, [m]);
    }
    // Longest first, so "SKLær 2" is read as SKLær and not as a shorter id that happens to be a prefix.
    this.roleIds = roles.map((r) => r.id).sort((a, b) => b.length - a.length);
  }

  private roleList(): string {
    return [...this.roleIds].sort().join(", ");
  }

  /** The one existing member with this id or label; an error when several share the label. */
  private existingByName(name: string): Resolved | undefined {
    const byId = this.existingById.get(name);
    if (byId) return { member: byId };
    const matches = this.existingByLabel.get(name) ?? [];
    if (matches.length > 1) return { error: `${matches.length} members of the case have the label "${name}".` };
    return matches[0] && { member: matches[0] };
  }

  /** Plans a new member (validated like POST /members). */
  private add(key: string, role: string, label: string): Resolved {
    const parsed = MemberInput.safeParse({ role, label });
    if (!parsed.success) return { error: `"${key}" cannot be a member label: ${parsed.error.issues[0].message}.` };
    const member: Member = { ...parsed.data, id: newId(), caseId: this.caseId };
    this.added.push(member);
    return { member };
  }

  private remember(key: string, r: Resolved): Resolved {
    if ("error" in r) return r;
    const other = this.keyOfMember.get(r.member.id);
    if (other !== undefined && other !== key) return { error: `"${key}" and "${other}" would be the same member of the case.` };
    this.byKey.set(key, r.member);
    if (other === undefined) this.keyOfMember.set(r.member.id, key);
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
