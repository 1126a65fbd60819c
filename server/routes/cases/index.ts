// /api/cases: list, create, read, edit and delete cases (pseudonymous code, district, unit).
import { Hono } from "hono";
import { z } from "zod";
import { Case, CaseInput } from "../../../domain/index.ts";
import { assertDistrictAllowed, canSeeCase, loadCase, requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { readJson } from "../../http/body.ts";
import { conflict } from "../../http/errors.ts";
import { newId } from "../../security/tokens.ts";
import { CASE_MANAGERS, assertNoOpenRound } from "../guards.ts";

const CaseCreate = CaseInput.strict();
const CasePatch = z
  .object({ code: CaseInput.shape.code.optional(), district: CaseInput.shape.district.optional(), unit: CaseInput.shape.unit.optional() })
  .strict();

/** 409 when another case in the same district already has this code. */
async function assertCodeFree(deps: AppDeps, code: string, district: string, exceptId?: string): Promise<void> {
  const clash = (await deps.store.listCases()).some(
    (k) => k.id !== exceptId && k.district === district && k.code.toLowerCase() === code.toLowerCase(),
  );
  if (clash) throw conflict("code_taken", `A case with code "${code}" already exists in ${district}`);
}

/** Mounted at /api/cases (behind authenticate + CSRF). */
export function caseRoutes(deps: AppDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.use("*", requireRole(...CASE_MANAGERS));

  app.get("/", async (c) => {
    const user = c.get("user");
    const cases = (await deps.store.listCases()).filter((k) => canSeeCase(user, k));
    const out = await Promise.all(
      cases.map(async (k) => {
        const [members, rounds] = await Promise.all([deps.store.listMembers(k.id), deps.store.listRounds(k.id)]);
        return { ...k, memberCount: members.length, roundCount: rounds.length, openRounds: rounds.filter((r) => r.status === "open").length };
      }),
    );
    out.sort((a, b) => a.district.localeCompare(b.district, "nb") || a.code.localeCompare(b.code, "nb"));
    return c.json({ cases: out });
  });

  app.post("/", async (c) => {
    const input = await readJson(c, CaseCreate);
    assertDistrictAllowed(c.get("user"), input.district);
    await assertCodeFree(deps, input.code, input.district);
    const kase = Case.parse({ ...input, id: newId(), createdAt: deps.now().toISOString() });
    await deps.store.putCase(kase);
    return c.json({ case: kase }, 201);
  });

  app.get("/:id", async (c) => {
    const kase = await loadCase(deps, c.get("user"), c.req.param("id"));
    const [members, rounds] = await Promise.all([deps.store.listMembers(kase.id), deps.store.listRounds(kase.id)]);
    return c.json({ case: kase, members, rounds });
  });

  app.patch("/:id", async (c) => {
    const user = c.get("user");
    const kase = await loadCase(deps, user, c.req.param("id"));
    const patch = await readJson(c, CasePatch);
    const next = Case.parse({ ...kase, ...patch });
    if (next.district !== kase.district) assertDistrictAllowed(user, next.district);
    if (next.code !== kase.code || next.district !== kase.district) await assertCodeFree(deps, next.code, next.district, kase.id);
    await deps.store.putCase(next);
    return c.json({ case: next });
  });

  app.delete("/:id", async (c) => {
    const kase = await loadCase(deps, c.get("user"), c.req.param("id"));
    await assertNoOpenRound(deps, kase.id, "Deleting the case");
    await deps.store.deleteCase(kase.id);
    return c.body(null, 204);
  });

  return app;
}
