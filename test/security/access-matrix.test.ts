// Access-control matrix: every route × every actor gets exactly the expected status; no secret in any body or log line.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { generateToken, hashToken } from "../../server/security/tokens.ts";
import { PASSWORD, type Auth } from "../server/api/helpers.ts";
import { startSmtp, type TestSmtp } from "../server/mail/smtp.ts";
import { ROUTES, fillPath } from "./routes.ts";
import { ACTORS, makeWorld, type Actor, type World } from "./world.ts";

let world: World;
/** Mail delivery is on: reminders go to this SMTP server (their links are secrets too). */
let smtp: TestSmtp;
/** Response bodies with the request path: the respondent page may echo the token of its own URL (form action). */
const bodies: { path: string; text: string }[] = [];
const logs: string[] = [];
const spies: ReturnType<typeof vi.spyOn>[] = [];

beforeAll(async () => {
  for (const m of ["log", "info", "warn", "error", "debug"] as const) {
    spies.push(vi.spyOn(console, m).mockImplementation((...args: unknown[]) => void logs.push(args.map(String).join(" "))));
  }
  smtp = await startSmtp();
  world = await makeWorld({ mailer: smtp.mailer() });
});
afterAll(async () => {
  spies.forEach((s) => s.mockRestore());
  await smtp.close();
});

/** One request of `actor` on the route, in a fresh scene; returns the status. */
async function attempt(route: (typeof ROUTES)[number], actor: Actor): Promise<number> {
  const { t } = world;
  const scene = await world.scene();
  const respondentRoute = route.path.includes(":token");
  const path = fillPath(route.path, scene, respondentRoute && actor !== "holder" ? generateToken() : undefined);
  let auth: Auth = world.auth(actor, scene);
  if (route.freshSession && auth && "cookie" in auth) {
    const email = { evaluator: "eval", facOther: "other", facilitator: "fasi" }[actor as "evaluator"];
    auth = await t.login(`${email}@laget.test`);
    world.secrets.add(auth.cookie);
  }
  const headers: Record<string, string> = { "sec-fetch-site": "same-origin" };
  if (route.form) headers["content-type"] = "application/x-www-form-urlencoded";
  if (route.csv) headers["content-type"] = "text/csv";
  const res = await t.call(route.method, path, { auth, headers, body: route.body?.(scene), raw: route.form ?? route.csv });
  const text = await res.text();
  // The open and reissue answers carry the new links by design; everything else is scanned for secrets known before.
  if (!/\/(open|reissue)$/.test(path)) bodies.push({ path, text });
  else expect(res.status >= 400 || text.includes("/s/")).toBe(true);
  if (path.startsWith("/api/") && res.status >= 400) {
    const err = (JSON.parse(text) as { error: { code: unknown; message: unknown } }).error;
    expect(typeof err.code, `${route.method} ${route.path} as ${actor}: error code`).toBe("string");
    expect(typeof err.message).toBe("string");
  }
  return res.status;
}

describe("access-control matrix (see test/security/routes.ts for the table)", () => {
  for (const route of ROUTES) {
    it(`${route.method} ${route.path}`, async () => {
      const got: Record<string, number> = {};
      for (const actor of ACTORS) got[actor] = await attempt(route, actor);
      expect(got).toEqual(route.expect);
    });
  }

  it("a facilitator of another district lists no case of this district", async () => {
    const s = await world.scene();
    const res = await world.t.call("GET", "/api/cases", { auth: world.auth("facOther", s) });
    const text = await res.text();
    expect(text).not.toContain(s.caseId);
    expect(text).not.toContain("Heimdal");
  });

  it("cookie sessions without X-CSRF-Token are refused on every state-changing route", async () => {
    for (const route of ROUTES.filter((r) => r.method !== "GET" && r.path.startsWith("/api/") && !r.path.includes(":token"))) {
      if (route.path.startsWith("/api/auth/login")) continue;
      const s = await world.scene();
      const res = await world.t.call(route.method, fillPath(route.path, s), { auth: world.auth("facilitator", s), csrf: false, body: route.body?.(s) });
      expect(res.status, `${route.method} ${route.path}`).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("csrf");
    }
  });

  it("another case's link cannot rate this case's members", async () => {
    const s = await world.scene();
    const res = await world.t.call("PUT", `/api/s/${world.otherToken}`, { body: { ratings: [{ target: s.memberId, item: "frequent", value: 5 }] } });
    expect(res.status).toBe(422);
  });

  it("no raw token, session id, password or password hash in any response body or log line", async () => {
    const hashes = await world.hashes();
    // The reminders' links exist only in the mails.
    const mailed = smtp.received.map((r) => /\/s\/([A-Za-z0-9_-]{40,})/.exec(r.mail.text ?? "")?.[1] ?? "");
    expect(mailed.length).toBeGreaterThan(0);
    expect(mailed.every((tk) => tk.length >= 40)).toBe(true);
    const secrets = [...world.secrets, ...mailed].filter((x) => x.length >= 40);
    const needles = [...secrets, ...secrets.map(hashToken), ...hashes, ...hashes.map((h) => h.split("$").pop()!), PASSWORD];
    expect(bodies.length).toBe((ROUTES.length - 2) * ACTORS.length); // all but open and reissue
    const texts = [...bodies, ...logs.map((text) => ({ path: "", text }))];
    // A backup is the whole store, password and token hashes included (a restore brings the logins back): only raw
    // secrets are looked for in it.
    const raw = [...secrets, PASSWORD];
    const leaks: string[] = [];
    for (const { path, text } of texts) {
      for (const n of path === "/api/admin/backup" ? raw : needles) if (!path.includes(n) && text.includes(n)) leaks.push(`${path}: leak of ${n.slice(0, 6)}…`);
    }
    expect(leaks).toEqual([]);
  });
});
