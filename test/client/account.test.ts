// The account pages' pure parts: the audit filter's dates as the API's bounds, and the password form's error sentences.
import { describe, expect, it } from "vitest";
import { RequestError } from "../../client/api/http.ts";
import { makeI18n } from "../../client/i18n/index.ts";
import { passwordError } from "../../client/views/account/PasswordForm.tsx";
import { EMPTY_FILTER, toQuery } from "../../client/views/admin/AuditFilters.tsx";

describe("audit filter → query", () => {
  it("leaves empty fields out", () => {
    expect(toQuery(EMPTY_FILTER)).toEqual({ action: undefined, caseId: undefined, from: undefined, to: undefined });
  });
  it("takes whole local days: from midnight of the first day to midnight after the last (exclusive)", () => {
    const q = toQuery({ action: "auth.login", caseId: " c1 ", from: "2026-02-27", to: "2026-02-28" });
    expect(q.action).toBe("auth.login");
    expect(q.caseId).toBe("c1");
    expect(q.from).toBe(new Date(2026, 1, 27, 0, 0, 0).toISOString());
    // The day after 28 February 2026 is 1 March.
    expect(q.to).toBe(new Date(2026, 2, 1, 0, 0, 0).toISOString());
  });
  it("ignores a date the browser could not parse", () => {
    expect(toQuery({ ...EMPTY_FILTER, from: "2026-13-45" }).from).toBeUndefined();
  });
});

describe("password errors", () => {
  const { t } = makeI18n("nb");
  it("names each refusal of the server", () => {
    expect(passwordError(t, new RequestError(403, "wrong_password", "x"))).toBe("Nåværende passord er feil.");
    expect(passwordError(t, new RequestError(429, "rate_limited", "x"))).toBe("For mange forsøk. Prøv igjen om litt.");
    expect(passwordError(t, new RequestError(409, "no_password", "x"))).toContain("felles innlogging (SSO)");
    expect(passwordError(t, new RequestError(403, "session_required", "x"))).toContain("logget inn med passord");
  });
  it("falls back to the general message", () => {
    expect(passwordError(t, new RequestError(0, "network", "network"))).toBe(t("errorNetwork"));
  });
  it("speaks nynorsk and English too", () => {
    expect(passwordError(makeI18n("nn").t, new RequestError(403, "wrong_password", "x"))).toBe("Noverande passord er feil.");
    expect(passwordError(makeI18n("en").t, new RequestError(403, "wrong_password", "x"))).toBe("The current password is wrong.");
  });
});
