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

export const User = UserInput.omit({ password: true }).extend({
  id: Id,
  /** scrypt$N$r$p$salt$hash (hex). */
  passwordHash: z.string(),
  createdAt: Timestamp,
  disabled: z.boolean().default(false),
});
export type User = z.infer<typeof User>;

export const Session = z.object({
  /** SHA-256 of the session cookie value. */
  idHash: z.string().regex(/^[0-9a-f]{64}$/),
  userId: Id,
  csrf: z.string().min(16),
  createdAt: Timestamp,
  expiresAt: Timestamp,
});
export type Session = z.infer<typeof Session>;

export const ApiToken = z.object({
  id: Id,
  userId: Id,
  name: z.string().min(1).max(80),
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: Timestamp,
});
export type ApiToken = z.infer<typeof ApiToken>;
