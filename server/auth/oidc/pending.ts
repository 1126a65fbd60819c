// Logins in progress, kept server-side: PKCE verifier, state, nonce and return path, bound to a browser cookie and used once.
import { generateToken, hashToken, isWellFormedToken } from "../../security/tokens.ts";

/** What the callback needs to finish one login. Never leaves the server. */
export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** A same-site path to go to after login. */
  returnTo: string;
  expiresAt: number;
}

export interface PendingLoginsOptions {
  /** How long a login may take at the provider (default 10 minutes). */
  ttlMs?: number;
  /** Upper bound on logins in progress; the oldest are dropped beyond it (default 10 000). */
  maxEntries?: number;
  now: () => Date;
}

/**
 * Logins in progress keyed by the SHA-256 of a random cookie value: the browser holds the value (HttpOnly cookie),
 * the server holds the secrets. `take` removes the entry, so a replayed callback or a second use finds nothing.
 */
export class PendingLogins {
  private readonly entries = new Map<string, PendingLogin>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => Date;

  constructor(options: PendingLoginsOptions) {
    this.ttlMs = options.ttlMs ?? 10 * 60 * 1000;
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now;
  }

  /** Stores a login and returns the cookie value that finds it again. */
  start(login: Omit<PendingLogin, "expiresAt">): string {
    const t = this.now().getTime();
    this.sweep(t);
    const cookieValue = generateToken();
    this.entries.set(hashToken(cookieValue), { ...login, expiresAt: t + this.ttlMs });
    return cookieValue;
  }

  /** The login for this cookie value, removed so that it cannot be used again; undefined when unknown, used or expired. */
  take(cookieValue: string | undefined): PendingLogin | undefined {
    if (!cookieValue || !isWellFormedToken(cookieValue)) return undefined;
    const key = hashToken(cookieValue);
    const login = this.entries.get(key);
    this.entries.delete(key);
    if (!login || login.expiresAt <= this.now().getTime()) return undefined;
    return login;
  }

  /** Logins in progress (for tests and monitoring). */
  get size(): number {
    return this.entries.size;
  }

  /**
   * Drops expired entries, then the oldest while at the bound. The Map keeps insertion order and every entry lives
   * equally long, so the expired ones are at the front: the sweep stops at the first live one.
   */
  private sweep(t: number): void {
    for (const [k, v] of this.entries) {
      if (v.expiresAt > t && this.entries.size < this.maxEntries) break;
      this.entries.delete(k);
    }
  }
}
