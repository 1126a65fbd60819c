// Logins in progress: PKCE verifier, state, nonce and return path sealed (AES-256-GCM) into a short-lived cookie, used once.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/** What the callback needs to finish one login. The browser holds it only encrypted. */
export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** A same-site path to go to after login. */
  returnTo: string;
  expiresAt: number;
}

export interface PendingLoginsOptions {
  /** Key material every server instance shares (the client secret): the key is derived from it with HKDF. */
  secret: string;
  /** Binds the key to one provider and client (issuer + client id), so a cookie sealed for another is refused. */
  context: string;
  /** How long a login may take at the provider (default 10 minutes). */
  ttlMs?: number;
  /** Upper bound on remembered used logins (default 10 000); beyond it the oldest are forgotten early. */
  maxUsed?: number;
  now: () => Date;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Seals a login into the cookie value and opens it again at the callback. Nothing is kept per login until it
 * comes back, so several server instances (sharing the client secret) can finish each other's logins. `take`
 * remembers each login it opened until it would have expired: a replayed callback finds it used. (A replay to
 * another instance gets past that memory, and is then refused by the provider: an authorization code works once.)
 */
export class PendingLogins {
  private readonly key: Buffer;
  private readonly used = new Map<string, number>();
  private readonly ttlMs: number;
  private readonly maxUsed: number;
  private readonly now: () => Date;

  constructor(options: PendingLoginsOptions) {
    this.key = Buffer.from(hkdfSync("sha256", options.secret, "laget-oidc-login", options.context, 32));
    this.ttlMs = options.ttlMs ?? 10 * 60 * 1000;
    this.maxUsed = options.maxUsed ?? 10_000;
    this.now = options.now;
  }

  /** The cookie value for a new login (base64url of IV, ciphertext and tag). */
  start(login: Omit<PendingLogin, "expiresAt">): string {
    const body = { ...login, expiresAt: this.now().getTime() + this.ttlMs, id: randomBytes(16).toString("base64url") };
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv("aes-256-gcm", this.key, iv);
    const sealed = Buffer.concat([cipher.update(JSON.stringify(body), "utf8"), cipher.final()]);
    return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString("base64url");
  }

  /** The login sealed in this cookie value; undefined when forged, altered, expired or already used. */
  take(cookieValue: string | undefined): PendingLogin | undefined {
    const body = this.open(cookieValue);
    const t = this.now().getTime();
    if (!body || body.expiresAt <= t) return undefined;
    this.forgetExpired(t);
    if (this.used.has(body.id)) return undefined;
    this.used.set(body.id, body.expiresAt);
    const { id: _, ...login } = body;
    return login;
  }

  /** Used logins still remembered (for tests and monitoring). */
  get usedCount(): number {
    return this.used.size;
  }

  private open(cookieValue: string | undefined): (PendingLogin & { id: string }) | undefined {
    if (!cookieValue || cookieValue.length > 4096 || !/^[A-Za-z0-9_-]+$/.test(cookieValue)) return undefined;
    const raw = Buffer.from(cookieValue, "base64url");
    if (raw.length <= IV_BYTES + TAG_BYTES) return undefined;
    try {
      const decipher = createDecipheriv("aes-256-gcm", this.key, raw.subarray(0, IV_BYTES));
      decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
      const text = Buffer.concat([decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)), decipher.final()]).toString("utf8");
      const body = JSON.parse(text) as PendingLogin & { id: string };
      const strings = [body.state, body.nonce, body.codeVerifier, body.returnTo, body.id];
      return strings.every((s) => typeof s === "string") && typeof body.expiresAt === "number" ? body : undefined;
    } catch {
      return undefined;
    }
  }

  /** Drops used logins past their expiry (they would be refused as expired anyway), then the oldest beyond the bound. */
  private forgetExpired(t: number): void {
    for (const [id, expiresAt] of this.used) {
      if (expiresAt > t && this.used.size < this.maxUsed) break;
      this.used.delete(id);
    }
  }
}
