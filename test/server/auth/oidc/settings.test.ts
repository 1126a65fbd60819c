// OIDC_* and LOCAL_LOGIN: defaults, the role map from a variable or a file, and start-up messages that name the variable.
import { describe, expect, it } from "vitest";
import { LagetError } from "../../../../domain/index.ts";
import { readSsoSettings } from "../../../../server/auth/oidc/settings.ts";
import { safeReturnPath } from "../../../../server/auth/oidc/routes.ts";

const BASE = "https://laget.kommune.no";
const MAP = '{"groups":{"a1b2":{"role":"facilitator","districts":["Heimdal"]}}}';
const ENTRA = {
  OIDC_ISSUER: "https://login.microsoftonline.com/0f6e2c3a-1111-4222-8333-944455556666/v2.0",
  OIDC_CLIENT_ID: "3c1d2e4f-aaaa-4bbb-8ccc-ddddeeeeffff",
  OIDC_CLIENT_SECRET: "s3cret~value",
  OIDC_ROLE_MAP: MAP,
};
const noFile = () => {
  throw new Error("ENOENT: no such file or directory");
};

/** The start-up message for an environment, or "" when it is accepted. */
function message(env: Record<string, string>, readFile: (p: string) => string = noFile): string {
  try {
    readSsoSettings(env, BASE, readFile);
    return "";
  } catch (err) {
    expect(err).toBeInstanceOf(LagetError);
    return (err as Error).message;
  }
}

describe("readSsoSettings", () => {
  it("no OIDC_* variable: single sign-on off, password login on", () => {
    expect(readSsoSettings({ PORT: "3000" }, BASE, noFile)).toEqual({ localLogin: true });
  });

  it("Entra ID: defaults for redirect, post-logout address, scopes, name and userinfo", () => {
    const s = readSsoSettings({ ...ENTRA, LOCAL_LOGIN: "0" }, BASE, noFile);
    expect(s.localLogin).toBe(false);
    expect(s.oidc).toEqual({
      issuer: ENTRA.OIDC_ISSUER,
      clientId: ENTRA.OIDC_CLIENT_ID,
      clientSecret: "s3cret~value",
      redirectUri: "https://laget.kommune.no/api/auth/oidc/callback",
      postLogoutRedirectUri: "https://laget.kommune.no/",
      scopes: "openid email profile",
      name: "Microsoft Entra ID",
      userinfo: true,
      roleMap: { claim: "groups", groups: { a1b2: { role: "facilitator", districts: ["Heimdal"] } }, rules: [] },
    });
  });

  it("Feide gets its name; OIDC_SCOPES always keeps openid; explicit addresses win", () => {
    const s = readSsoSettings(
      { ...ENTRA, OIDC_ISSUER: "https://auth.dataporten.no", OIDC_SCOPES: "email profile userid-feide", OIDC_REDIRECT_URI: "https://sso.kommune.no/cb", OIDC_USERINFO: "1" },
      BASE,
      noFile,
    );
    expect(s.oidc).toMatchObject({ name: "Feide", scopes: "email profile userid-feide openid", redirectUri: "https://sso.kommune.no/cb", userinfo: true });
  });

  it("reads the map from OIDC_ROLE_MAP_FILE", () => {
    const { OIDC_ROLE_MAP: _, ...rest } = ENTRA;
    const s = readSsoSettings({ ...rest, OIDC_ROLE_MAP_FILE: "/etc/laget/roles.json" }, BASE, (p) => (p === "/etc/laget/roles.json" ? MAP : noFile()));
    expect(s.oidc?.roleMap.groups).toHaveProperty("a1b2");
  });

  it("refuses with a message naming each variable and problem", () => {
    const { OIDC_CLIENT_SECRET: _s, ...noSecret } = ENTRA;
    expect(message(noSecret)).toBe("single sign-on settings are not valid: OIDC_CLIENT_SECRET: is required");
    expect(message({ OIDC_CLIENT_ID: "x" })).toMatch(/OIDC_ISSUER: is required.*OIDC_CLIENT_SECRET: is required/);
    expect(message({ ...ENTRA, OIDC_ISSUER: "http://idp.kommune.no" })).toBe(
      "single sign-on settings are not valid: OIDC_ISSUER: must use https (plain http only for localhost)",
    );
    expect(message({ ...ENTRA, OIDC_ISSUER: "http://127.0.0.1:8080" })).toBe("");
    expect(message({ ...ENTRA, OIDC_USERINFO: "yes" })).toMatch(/^single sign-on settings are not valid: OIDC_USERINFO: /);
    expect(message({ ...ENTRA, OIDC_SCOPES: "openid  email" })).toMatch(/OIDC_SCOPES: scopes separated by single spaces/);
  });

  it("refuses a missing, unreadable, non-JSON or invalid role map, pointing into the map", () => {
    const { OIDC_ROLE_MAP: _, ...rest } = ENTRA;
    expect(message(rest)).toMatch(/^single sign-on needs a role map: OIDC_ROLE_MAP: map groups or claims to roles/);
    expect(message({ ...rest, OIDC_ROLE_MAP_FILE: "/nope.json" })).toBe("cannot read the role map: OIDC_ROLE_MAP_FILE: ENOENT: no such file or directory");
    expect(message({ ...ENTRA, OIDC_ROLE_MAP_FILE: "/x.json" })).toMatch(/^give the role map once/);
    expect(message({ ...ENTRA, OIDC_ROLE_MAP: "{groups:" })).toMatch(/^OIDC_ROLE_MAP is not valid JSON: OIDC_ROLE_MAP: /);
    expect(message({ ...ENTRA, OIDC_ROLE_MAP: '{"groups":{"g":{"role":"facilitator"}}}' })).toBe(
      "OIDC_ROLE_MAP is not a valid role map: OIDC_ROLE_MAP.groups.g.districts: a facilitator needs at least one district",
    );
  });

  it("LOCAL_LOGIN: 0/1/false/true; 0 without single sign-on cannot start (nobody could log in)", () => {
    expect(message({ LOCAL_LOGIN: "0" })).toMatch(/^LOCAL_LOGIN=0 needs single sign-on: OIDC_ISSUER: set OIDC_ISSUER/);
    expect(message({ LOCAL_LOGIN: "off" })).toBe('LOCAL_LOGIN must be 0 or 1: LOCAL_LOGIN: got "off"');
    expect(readSsoSettings({ LOCAL_LOGIN: "true" }, BASE, noFile)).toEqual({ localLogin: true });
  });

  it("never puts the client secret into a message", () => {
    expect(message({ ...ENTRA, OIDC_ISSUER: "ftp://x", OIDC_ROLE_MAP: "[]" })).not.toContain("s3cret");
  });
});

describe("safeReturnPath", () => {
  it("keeps same-site paths and turns everything else into /", () => {
    expect(safeReturnPath("/#/cases/abc")).toBe("/#/cases/abc");
    expect(safeReturnPath("/api/x?y=1")).toBe("/api/x?y=1");
    for (const bad of [undefined, "", "https://evil.example", "//evil.example", "/\\evil.example", "evil", "/a b", "/".padEnd(501, "a")]) {
      expect(safeReturnPath(bad)).toBe("/");
    }
  });
});
