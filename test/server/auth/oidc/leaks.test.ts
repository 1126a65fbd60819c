// No authorization code, token or client secret in Laget's logs or answers, through logins, refusals and logout.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { Hop } from "./browser.ts";
import { CLIENT } from "./provider.ts";
import { callbackHop, GROUPS, loginAs, openProviderForm, ORIGIN, startSso, submitProviderForm, type SsoHarness } from "./harness.ts";

let h: SsoHarness;
beforeAll(async () => {
  h = await startSso();
  h.op.accounts.set("kari", { sub: "kari", email: "kari@heimdal.kommune.test", name: "Kari", groups: [GROUPS.heimdal] });
  h.op.accounts.set("nils", { sub: "nils", email: "nils@kommune.test", name: "Nils", groups: [] });
});
afterAll(() => h.close());

it("holds for a login, a refused login, a tampered token, a replay and a logout", async () => {
  const lines: string[] = [];
  const spies = (["log", "info", "warn", "error", "debug"] as const).map((m) =>
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(" "))),
  );
  const hops: Hop[] = [];
  try {
    const b = h.browser();
    hops.push(...(await loginAs(b, "kari")));
    const me = (await (await b.request(`${ORIGIN}/api/auth/me`)).json()) as { csrfToken: string };
    const meText = JSON.stringify(me);

    hops.push(...(await loginAs(h.browser(), "nils")));

    h.op.tamper = (jwt) => jwt.replace(/\.([^.]+)\./, (_m, p: string) => `.${p.slice(0, -2)}AA.`);
    hops.push(...(await loginAs(h.browser(), "kari")));
    h.op.tamper = undefined;

    const r = h.browser();
    const { formUrl } = await openProviderForm(r);
    const handle = r.cookie(ORIGIN, "laget_oidc")!;
    const done = await submitProviderForm(r, formUrl, "kari");
    hops.push(...done);
    r.setCookie(ORIGIN, "laget_oidc", handle, "/api/auth/oidc");
    hops.push(...(await r.follow(callbackHop(done)!.url)));

    const logout = await b.request(`${ORIGIN}/api/auth/oidc/logout`, { method: "POST", headers: { "x-csrf-token": me.csrfToken } });
    const { redirectTo } = (await logout.json()) as { redirectTo: string };

    const codes = hops.filter((x) => x.url.startsWith(`${ORIGIN}/api/auth/oidc/callback`)).map((x) => new URL(x.url).searchParams.get("code")!);
    expect(codes.length).toBe(5);
    const secrets = [CLIENT.secret, ...codes, ...h.op.issued];
    expect(h.op.issued.length).toBeGreaterThanOrEqual(8);
    const lagetAnswers = hops.filter((x) => x.url.startsWith(ORIGIN)).map((x) => [x.body, x.location ?? "", ...x.setCookies].join("\n"));
    for (const secret of secrets) {
      for (const line of lines) expect(line.includes(secret), `a log line holds a secret: ${line}`).toBe(false);
      for (const answer of [...lagetAnswers, meText]) expect(answer.includes(secret)).toBe(false);
    }
    // The one place an ID token leaves Laget on purpose: the logout's id_token_hint, to the user's own browser.
    const hint = new URL(redirectTo).searchParams.get("id_token_hint")!;
    expect(h.op.issued).toContain(hint);
    expect(lines.length).toBeGreaterThanOrEqual(3);
  } finally {
    for (const s of spies) s.mockRestore();
  }
});
