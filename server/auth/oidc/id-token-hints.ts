// The ID token of each single sign-on session, kept in memory only (never on disk) for the logout's id_token_hint.
export interface IdTokenHintsOptions {
  /** Upper bound on remembered sessions; the oldest are dropped beyond it (default 20 000). */
  maxEntries?: number;
  now: () => Date;
}

interface Hint {
  idToken: string;
  expiresAt: number;
}

/**
 * Session hash → ID token. Lost on restart by design: the logout then asks the provider with `client_id` instead of
 * `id_token_hint`, which RP-Initiated Logout allows. Keeping it out of the store keeps tokens out of DATA_DIR.
 */
export class IdTokenHints {
  private readonly hints = new Map<string, Hint>();
  private readonly maxEntries: number;
  private readonly now: () => Date;

  constructor(options: IdTokenHintsOptions) {
    this.maxEntries = options.maxEntries ?? 20_000;
    this.now = options.now;
  }

  /** Remembers the ID token of a session until the session expires. */
  remember(sessionIdHash: string, idToken: string, expiresAt: string): void {
    const t = this.now().getTime();
    for (const [k, v] of this.hints) {
      if (v.expiresAt > t && this.hints.size < this.maxEntries) break;
      this.hints.delete(k);
    }
    this.hints.set(sessionIdHash, { idToken, expiresAt: Date.parse(expiresAt) });
  }

  /** The ID token of a session, removed (a session logs out once); undefined when unknown or expired. */
  take(sessionIdHash: string): string | undefined {
    const hint = this.hints.get(sessionIdHash);
    this.hints.delete(sessionIdHash);
    return hint && hint.expiresAt > this.now().getTime() ? hint.idToken : undefined;
  }
}
