// User, session and API-token schemas for the facilitator/evaluator workspace.
import { z } from "zod";
import { Id, Timestamp } from "./ids.ts";

export const UserRole = z.enum(["admin", "facilitator", "evaluator"]);
export type UserRole = z.infer<typeof UserRole>;

export const Email = z.string().trim().toLowerCase().pipe(z.email()).pipe(z.string().max(200));
export const Password = z.string().min(10, "at least 10 characters").max(200);

export const UserInput = z.object({
  email: Email,
  name: z.string().trim().min(1).max(80),
  role: UserRole,
  /** Districts the user may see; empty = all (admins) or none. */
  districts: z.array(z.string().min(1).max(60)).default([]),
  password: Password,
});
export type UserInput = z.infer<typeof UserInput>;

/** The single sign-on account a user is linked to: the provider's issuer and the user's subject there. */
export const SsoLink = z.object({ issuer: z.string().min(1).max(500), subject: z.string().min(1).max(255) });
export type SsoLink = z.infer<typeof SsoLink>;

export const User = UserInput.omit({ password: true }).extend({
  id: Id,
  /** scrypt$N$r$p$salt$hash (hex); empty for a single sign-on user without a password. */
  passwordHash: z.string(),
  createdAt: Timestamp,
  disabled: z.boolean().default(false),
  /** Set once the user has logged in through single sign-on; found again by it at every login. */
  sso: SsoLink.optional(),
});
export type User = z.infer<typeof User>;

export const Session = z.object({
  /** SHA-256 of the session cookie value. */
  idHash: z.string().regex(/^[0-9a-f]{64}$/),
  userId: Id,
  csrf: z.string().min(16),
  createdAt: Timestamp,
  /** The absolute end (login + the session lifetime, 8 hours by default). */
  expiresAt: Timestamp,
  /** The last request seen (updated at most once a minute); the idle timeout counts from here, else from createdAt. */
  lastSeenAt: Timestamp.optional(),
});
export type Session = z.infer<typeof Session>;

export const ApiToken = z.object({
  id: Id,
  userId: Id,
  name: z.string().min(1).max(80),
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: Timestamp,
  /** When the token stops working; tokens stored before expiry existed end API_TOKEN_DEFAULT_DAYS after createdAt. */
  expiresAt: Timestamp.optional(),
});
export type ApiToken = z.infer<typeof ApiToken>;

/** What the API shows of an API token: never its hash. */
export const ApiTokenView = z.object({ id: Id, userId: Id, name: z.string(), createdAt: Timestamp, expiresAt: Timestamp, expired: z.boolean() });
export type ApiTokenView = z.infer<typeof ApiTokenView>;

/** Body of POST /api/account/tokens: a name and how many days the token lives (default and maximum are settings). */
export const TokenCreate = z.object({
  name: z.string().trim().min(1).max(80),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
}).strict();
export type TokenCreate = z.infer<typeof TokenCreate>;

/** Body of PUT /api/account/password. */
export const PasswordChange = z.object({ currentPassword: z.string().min(1).max(200), newPassword: Password }).strict();
export type PasswordChange = z.infer<typeof PasswordChange>;

/** What the API shows of a user: never the password hash. */
export const PublicUser = User.omit({ passwordHash: true });
export type PublicUser = z.infer<typeof PublicUser>;

/** Body of POST /api/users. */
export const UserCreate = UserInput.strict();
/** Body of PATCH /api/users/:id. */
export const UserPatch = z
  .object({
    name: UserInput.shape.name.optional(),
    role: UserRole.optional(),
    districts: z.array(z.string().min(1).max(60)).optional(),
    disabled: z.boolean().optional(),
    password: Password.optional(),
  })
  .strict();
export type UserPatch = z.infer<typeof UserPatch>;

/** Body of POST /api/auth/login. */
export const LoginInput = z.object({ email: Email, password: z.string().min(1).max(200) });

/** Answer of login and /api/auth/me: the user and, for cookie sessions, the CSRF value and expiry. */
export const SessionView = z.object({ user: PublicUser, csrfToken: z.string().nullable(), expiresAt: Timestamp.nullable() });
export type SessionView = z.infer<typeof SessionView>;
