// Store contract, accounts: sessions that are used (idle timeout), access that ends with an account change, deleted users.
import { expect, it } from "vitest";
import type { Store } from "../../../server/store/types.ts";
import * as s from "./sample-data.ts";

type WithStore = (fn: (store: Store) => Promise<void>) => () => Promise<void>;

const token = (id: string, userId: string) => ({ id, userId, name: id, tokenHash: s.hashOf(id), createdAt: s.T0, expiresAt: "2030-01-01T00:00:00.000Z" });

/** Registers the account tests inside a backend's contract suite. */
export function accountContract(withStore: WithStore) {
  it("records when a session was last used", withStore(async (store) => {
    await store.putUser(s.sampleUser());
    await store.putSession(s.sampleSession("u1", "k"));
    await store.touchSession(s.hashOf("k"), "2025-01-01T10:05:00.000Z");
    expect((await store.getSession(s.hashOf("k")))?.lastSeenAt).toBe("2025-01-01T10:05:00.000Z");
    await store.touchSession(s.hashOf("gone"), "2025-01-01T10:05:00.000Z"); // an ended session stays ended
    expect(await store.getSession(s.hashOf("gone"))).toBeUndefined();
  }));

  it("ends every session and API token of one user in the same write as the user change", withStore(async (store) => {
    await store.putUser(s.sampleUser());
    await store.putUser(s.sampleUser("u2", "b@example.no"));
    for (const k of ["a", "b", "c"]) await store.putSession(s.sampleSession("u1", k));
    await store.putSession(s.sampleSession("u2", "other"));
    await store.putApiToken(token("t1", "u1"));
    await store.putApiToken(token("t2", "u1"));
    await store.putApiToken(token("t3", "u2"));
    const user = { ...s.sampleUser(), role: "evaluator" as const };
    expect(await store.endUserAccess("u1", { user, keepSession: s.hashOf("b") })).toEqual({ sessions: 2, apiTokens: 2 });
    expect((await store.getUser("u1"))?.role).toBe("evaluator");
    expect(await store.getSession(s.hashOf("a"))).toBeUndefined();
    expect(await store.getSession(s.hashOf("b"))).toMatchObject({ userId: "u1" });
    expect(await store.getSession(s.hashOf("other"))).toMatchObject({ userId: "u2" });
    expect(await store.getApiTokenByHash(s.hashOf("t1"))).toBeUndefined();
    expect(await store.listApiTokens("u1")).toEqual([]);
    expect(await store.listApiTokens("u2")).toHaveLength(1);
    expect(await store.endUserAccess("u1")).toEqual({ sessions: 1, apiTokens: 0 });
    await expect(store.endUserAccess("u1", { user: s.sampleUser("u2", "b@example.no") })).rejects.toThrow();
  }));

  it("deletes a user with their sessions and tokens, and nobody else's", withStore(async (store) => {
    await store.putUser(s.sampleUser());
    await store.putUser(s.sampleUser("u2", "b@example.no"));
    await store.putSession(s.sampleSession("u1", "a"));
    await store.putSession(s.sampleSession("u2", "b"));
    await store.putApiToken(token("t1", "u1"));
    expect(await store.deleteUser("u1")).toEqual({ sessions: 1, apiTokens: 1 });
    expect(await store.getUser("u1")).toBeUndefined();
    expect(await store.getUserByEmail("a@example.no")).toBeUndefined();
    expect(await store.getSession(s.hashOf("a"))).toBeUndefined();
    expect(await store.getApiTokenByHash(s.hashOf("t1"))).toBeUndefined();
    expect((await store.listUsers()).map((u) => u.id)).toEqual(["u2"]);
    expect(await store.deleteUser("u1")).toEqual({ sessions: 0, apiTokens: 0 });
    // The e-mail is free again.
    await store.putUser(s.sampleUser("u3"));
    expect((await store.getUserByEmail("a@example.no"))?.id).toBe("u3");
  }));
}
