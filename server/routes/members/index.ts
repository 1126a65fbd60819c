// /api/cases/:id/members: the seats of a case's team; edits are refused (409) while a round is open.
import { Hono } from "hono";
import { z } from "zod";
import { DEFAULT_ROLES, Member, MemberInput, findRole } from "../../../domain/index.ts";
import { loadCase, requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { readJson } from "../../http/body.ts";
import { badRequest, notFound } from "../../http/errors.ts";
import { newId } from "../../security/tokens.ts";
import { CASE_MANAGERS, assertNoOpenRound } from "../guards.ts";

const MemberCreate = MemberInput.strict();
const MemberPatch = z.object({ role: MemberInput.shape.role.optional(), label: MemberInput.shape.label.optional() }).strict();

function assertKnownRole(role: string | undefined): void {
  if (role !== undefined && !findRole(role, DEFAULT_ROLES)) {
    throw badRequest("Unknown role", [{ path: "role", message: `not in the role catalogue (GET /api/roles)` }]);
  }
}

/** Mounted at /api/cases/:id/members (behind authenticate + CSRF). */
export function memberRoutes(deps: AppDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.use("*", requireRole(...CASE_MANAGERS));

  /** The case, 404 when missing or not visible. */
  const caseFor = (user: AuthEnv["Variables"]["user"], id: string) => loadCase(deps, user, id);

  app.get("/", async (c) => {
    const kase = await caseFor(c.get("user"), c.req.param("id") ?? "");
    return c.json({ members: await deps.store.listMembers(kase.id) });
  });

  app.post("/", async (c) => {
    const kase = await caseFor(c.get("user"), c.req.param("id") ?? "");
    const input = await readJson(c, MemberCreate);
    assertKnownRole(input.role);
    await assertNoOpenRound(deps, kase.id, "Adding a member");
    const member = Member.parse({ ...input, id: newId(), caseId: kase.id });
    await deps.store.putMember(member);
    return c.json({ member }, 201);
  });

  /** Loads one member of the case or 404. */
  const memberOf = async (caseId: string, memberId: string) => {
    const member = (await deps.store.listMembers(caseId)).find((m) => m.id === memberId);
    if (!member) throw notFound("Member");
    return member;
  };

  app.patch("/:memberId", async (c) => {
    const kase = await caseFor(c.get("user"), c.req.param("id") ?? "");
    const current = await memberOf(kase.id, c.req.param("memberId"));
    const patch = await readJson(c, MemberPatch);
    assertKnownRole(patch.role);
    await assertNoOpenRound(deps, kase.id, "Editing a member");
    const member = Member.parse({ ...current, ...patch });
    await deps.store.putMember(member);
    return c.json({ member });
  });

  app.delete("/:memberId", async (c) => {
    const kase = await caseFor(c.get("user"), c.req.param("id") ?? "");
    const member = await memberOf(kase.id, c.req.param("memberId"));
    await assertNoOpenRound(deps, kase.id, "Removing a member");
    await deps.store.deleteMember(kase.id, member.id);
    return c.body(null, 204);
  });

  return app;
}
