// /api/users (admins only): list, create and edit users, their role and the districts they may see.
import { Hono } from "hono";
import { z } from "zod";
import { Password, User, UserInput } from "../../../domain/index.ts";
import { createUser, hashPassword, publicUser, requireRole, type AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { readJson } from "../../http/body.ts";
import { conflict, forbidden, notFound } from "../../http/errors.ts";

const UserCreate = UserInput.strict();
const UserPatch = z
  .object({
    name: UserInput.shape.name.optional(),
    role: UserInput.shape.role.optional(),
    districts: z.array(z.string().min(1).max(60)).optional(),
    disabled: z.boolean().optional(),
    password: Password.optional(),
  })
  .strict();

/** Mounted at /api/users (behind authenticate + CSRF). */
export function userRoutes(deps: AppDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.use("*", requireRole("admin"));

  app.get("/", async (c) => {
    const users = await deps.store.listUsers();
    return c.json({ users: users.map(publicUser) });
  });

  app.post("/", async (c) => {
    const input = await readJson(c, UserCreate);
    if (await deps.store.getUserByEmail(input.email)) throw conflict("email_taken", "A user with this e-mail already exists");
    const user = await createUser(deps.store, input, deps.now());
    return c.json({ user: publicUser(user) }, 201);
  });

  app.patch("/:id", async (c) => {
    const current = await deps.store.getUser(c.req.param("id"));
    if (!current) throw notFound("User");
    const { password, ...patch } = await readJson(c, UserPatch);
    const self = current.id === c.get("user").id;
    if (self && (patch.disabled === true || (patch.role && patch.role !== "admin"))) {
      throw forbidden("You cannot disable yourself or take away your own admin role");
    }
    const next = User.parse({ ...current, ...patch, ...(password ? { passwordHash: await hashPassword(password) } : {}) });
    await deps.store.putUser(next);
    return c.json({ user: publicUser(next) });
  });

  return app;
}
