// Feide-style providers (name, e-mail and affiliation only at userinfo), linking to an existing user by e-mail, password login beside SSO.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../../../server/services/users/index.ts";
import { callbackHop, GROUPS, loginAs, ORIGIN, startSso, type SsoHarness } from "./harness.ts";

const PRINCIPAL = "https://n.feide.no/claims/eduPersonPrincipalName";

describe("claims only at the userinfo endpoint (Feide)", () => {
  let h: SsoHarness;
  let withoutUserinfo: SsoHarness;
  beforeAll(async () => {
    h = await startSso({ claimsInIdToken: false });
    withoutUserinfo = await startSso({ claimsInIdToken: false, env: { OIDC_USERINFO: "0" } });
    for (const x of [h, withoutUserinfo]) {
      x.op.accounts.set("feide-uuid-1", { sub: "feide-uuid-1", email: "liv.laerer@heimdal.skole.test", name: "Liv Lærer", [PRINCIPAL]: "liv@heimdal.skole.test" });
    }
  });
  afterAll(async () => {
    await h.close();
    await withoutUserinfo.close();
  });

  it("reads name, e-mail and the principal name from userinfo and maps the principal's realm to a role", async () => {
    const b = h.browser();
    expect(callbackHop(await loginAs(b, "feide-uuid-1"))!.location).toBe("/");
    // The ID token itself carried no e-mail: the provider kept the claims for userinfo.
    const { email } = JSON.parse(Buffer.from(h.op.issued.at(-1)!.split(".")[1], "base64url").toString()) as { email?: string };
    expect(email).toBeUndefined();
    const me = (await (await b.request(`${ORIGIN}/api/auth/me`)).json()) as { user: object };
    expect(me.user).toMatchObject({ email: "liv.laerer@heimdal.skole.test", name: "Liv Lærer", role: "facilitator", districts: ["Heimdal"] });
  });

  it("with OIDC_USERINFO=0 the same person has no e-mail and no mapped claim: refused, nothing stored", async () => {
    const b = withoutUserinfo.browser();
    expect(callbackHop(await loginAs(b, "feide-uuid-1"))!.location).toBe("/api/auth/oidc/refused/no_role");
    expect(await withoutUserinfo.deps.store.listUsers()).toEqual([]);
  });
});

describe("an existing Laget user with the same e-mail", () => {
  let h: SsoHarness;
  beforeAll(async () => {
    h = await startSso();
    await createUser(h.deps, { email: "eva@kommune.test", name: "Eva (lokal)", role: "admin", districts: [], password: "korrekt hest batteri" });
    h.op.accounts.set("eva-sub", { sub: "eva-sub", email: "EVA@kommune.test", name: "Eva Evensen", groups: [GROUPS.heimdal] });
    h.op.accounts.set("eva-twin", { sub: "eva-twin", email: "eva@kommune.test", name: "Eva II", groups: [GROUPS.heimdal] });
  });
  afterAll(() => h.close());

  it("is linked at the first login; the role comes from the map, not from the old account; the password still works", async () => {
    const before = (await h.deps.store.getUserByEmail("eva@kommune.test"))!;
    const b = h.browser();
    expect(callbackHop(await loginAs(b, "eva-sub"))!.location).toBe("/");
    const after = (await h.deps.store.getUserByEmail("eva@kommune.test"))!;
    expect(after.id).toBe(before.id);
    expect(after).toMatchObject({ name: "Eva Evensen", role: "facilitator", districts: ["Heimdal"], sso: { issuer: h.op.issuer, subject: "eva-sub" } });
    expect(after.passwordHash).toBe(before.passwordHash);
    // LOCAL_LOGIN is on (default) in this app: password login works beside single sign-on.
    const res = await h.app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "eva@kommune.test", password: "korrekt hest batteri" }),
    });
    expect(res.status).toBe(200);
    expect(await (await h.app.request("/api/auth/oidc")).json()).toMatchObject({ localLogin: true });
  });

  it("another provider account with that e-mail is refused (e-mail taken), and takes nothing over", async () => {
    const b = h.browser();
    const hops = await loginAs(b, "eva-twin");
    expect(callbackHop(hops)!.location).toBe("/api/auth/oidc/refused/email_taken");
    expect(hops.at(-1)!.status).toBe(409);
    const users = await h.deps.store.listUsers();
    expect(users.filter((u) => u.email === "eva@kommune.test").map((u) => u.sso?.subject)).toEqual(["eva-sub"]);
  });
});
