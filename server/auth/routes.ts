// /api/auth: login (rate-limited per IP + e-mail), logout and "who am I" with the CSRF value.
import { Hono, type Context } from "hono";
import { z } from "zod";
import { Email } from "../../domain/index.ts";
import type { AppDeps } from "../deps.ts";
import { readJson } from "../http/body.ts";
import { ApiError, unauthorized } from "../http/errors.ts";
import { clientIp, rateLimit } from "../middleware/rate-limit/index.ts";
import { publicUser, type AuthEnv } from "./env.ts";
import { authenticate, csrfProtection } from "./middleware.ts";
import { dummyHash, verifyPassword } from "./password.ts";
import { clearSessionCookie, createSession, setSessionCookie } from "./sessions.ts";

const LoginInput = z.object({ email: Email, password: z.string().min(1).max(200) });

export interface LoginLimit {
  windowMs: number;
  max: number;
  /** Failed logins per IP over all e-mails in the window (password spraying); default 50. */
  failedPerIp?: number;
}

/** Login attempts allowed per IP + e-mail, and failed ones per IP. */
export const DEFAULT_LOGIN_LIMIT: LoginLimit = { windowMs: 15 * 60 * 1000, max: 10, failedPerIp: 50 };

/** The rate-limit bucket for a login attempt: peer address + the e-mail it tries. */
async function loginKey(c: Context): Promise<string> {
  const body = (await c.req.json().catch(() => ({}))) as { email?: unknown };
  const email = typeof body?.email === "string" ? body.email.trim().toLowerCase().slice(0, 200) : "";
  return `${clientIp(c)}|${email}`;
}

/** Mounted at /api/auth. */
export function authRoutes(deps: AppDeps, limit: LoginLimit = DEFAULT_LOGIN_LIMIT): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();

  const perIp = rateLimit({
    windowMs: limit.windowMs,
    max: limit.failedPerIp ?? 50,
    now: deps.now,
    key: (c) => `ip:${clientIp(c)}`,
    cost: (c) => (c.res.status === 200 ? 0 : 1),
  });
  const perAccount = rateLimit({ windowMs: limit.windowMs, max: limit.max, key: loginKey, now: deps.now });
  app.post("/login", perIp, perAccount, async (c) => {
    if (deps.config.localLogin === false) throw new ApiError(403, "local_login_disabled", "Password login is switched off; log in with single sign-on");
    const { email, password } = await readJson(c, LoginInput);
    const user = await deps.store.getUserByEmail(email);
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
    if (!user || !ok || user.disabled) throw unauthorized("Wrong e-mail or password");
    const { cookieValue, session } = await createSession(deps, user.id);
    setSessionCookie(c, deps, cookieValue);
    return c.json({ user: publicUser(user), csrfToken: session.csrf, expiresAt: session.expiresAt });
  });

  app.use("/logout", authenticate(deps), csrfProtection());
  app.post("/logout", async (c) => {
    const session = c.get("session");
    if (session) await deps.store.deleteSession(session.idHash);
    clearSessionCookie(c, deps);
    return c.json({ ok: true });
  });

  app.get("/me", authenticate(deps), (c) => {
    const session = c.get("session");
    return c.json({ user: publicUser(c.get("user")), csrfToken: session?.csrf ?? null, expiresAt: session?.expiresAt ?? null });
  });

  return app;
}
