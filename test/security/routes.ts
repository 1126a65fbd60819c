// The access-control matrix: every route of server/routes/README.md and the respondent routes, status per actor.
import { newId } from "../../server/security/tokens.ts";
import { PASSWORD } from "../server/api/helpers.ts";
import type { Actor, Scene } from "./world.ts";

export interface RouteCase {
  method: string;
  /** Path template: :case :plain :member :pm0 :pm1 :open :draft :closed :action :user :token :victim :sparetoken :notoken */
  path: string;
  expect: Record<Actor, number>;
  body?: (s: Scene) => unknown;
  /** Urlencoded form post (respondent form). */
  form?: string;
  /** Raw CSV upload (text/csv). */
  csv?: string;
  /** Needs a session of its own (logout ends it). */
  freshSession?: boolean;
}

// anon = no credentials · resp = another case's link token as bearer · hold = this case's link (path) / as bearer (API)
// eval = evaluator · facO = facilitator of Lerkendal · fac = facilitator of Heimdal · admin = admin bearer token
// prettier-ignore
const TABLE: [string, string, number, number, number, number, number, number, number][] = [
  // method   path                                         anon resp hold eval facO  fac admin
  ["GET",    "/healthz",                                    200, 200, 200, 200, 200, 200, 200],
  ["GET",    "/readyz",                                     200, 200, 200, 200, 200, 200, 200],
  ["POST",   "/api/auth/login",                             200, 200, 200, 200, 200, 200, 200],
  ["POST",   "/api/auth/logout",                            401, 401, 401, 200, 200, 200, 200],
  ["GET",    "/api/auth/me",                                401, 401, 401, 200, 200, 200, 200],
  ["GET",    "/api/roles",                                  401, 401, 401, 200, 200, 200, 200],
  ["GET",    "/api/instruments",                            401, 401, 401, 200, 200, 200, 200],
  ["GET",    "/api/users",                                  401, 401, 401, 403, 403, 403, 200],
  ["POST",   "/api/users",                                  401, 401, 401, 403, 403, 403, 201],
  ["PATCH",  "/api/users/:user",                            401, 401, 401, 403, 403, 403, 200],
  ["DELETE", "/api/users/:victim",                          401, 401, 401, 403, 403, 403, 204],
  ["GET",    "/api/users/:user/tokens",                     401, 401, 401, 403, 403, 403, 200],
  ["DELETE", "/api/users/:user/tokens/:sparetoken",         401, 401, 401, 403, 403, 403, 204],
  ["GET",    "/api/account/tokens",                         401, 401, 401, 200, 200, 200, 200],
  // Minting a token and changing the password need a logged-in browser: the admin here calls with an API token.
  ["POST",   "/api/account/tokens",                         401, 401, 401, 201, 201, 201, 403],
  ["DELETE", "/api/account/tokens/:notoken",                401, 401, 401, 404, 404, 404, 404],
  ["PUT",    "/api/account/password",                       401, 401, 401, 200, 200, 200, 403],
  ["GET",    "/api/audit",                                  401, 401, 401, 403, 403, 403, 200],
  ["GET",    "/api/audit/export?format=csv",                401, 401, 401, 403, 403, 403, 200],
  ["GET",    "/api/cases",                                  401, 401, 401, 403, 200, 200, 200],
  ["POST",   "/api/cases",                                  401, 401, 401, 403, 403, 201, 201],
  ["GET",    "/api/cases/:case",                            401, 401, 401, 403, 404, 200, 200],
  ["PATCH",  "/api/cases/:case",                            401, 401, 401, 403, 404, 200, 200],
  ["DELETE", "/api/cases/:plain",                           401, 401, 401, 403, 404, 204, 204],
  ["GET",    "/api/cases/:case/members",                    401, 401, 401, 403, 404, 200, 200],
  ["POST",   "/api/cases/:plain/members",                   401, 401, 401, 403, 404, 201, 201],
  ["PATCH",  "/api/cases/:plain/members/:pm0",              401, 401, 401, 403, 404, 200, 200],
  ["DELETE", "/api/cases/:plain/members/:pm0",              401, 401, 401, 403, 404, 204, 204],
  ["GET",    "/api/cases/:case/rounds",                     401, 401, 401, 403, 404, 200, 200],
  ["POST",   "/api/cases/:case/rounds",                     401, 401, 401, 403, 404, 201, 201],
  ["POST",   "/api/cases/:plain/rounds/import",             401, 401, 401, 403, 404, 201, 201],
  ["GET",    "/api/rounds/:open",                           401, 401, 401, 403, 404, 200, 200],
  ["POST",   "/api/rounds/:draft/open",                     401, 401, 401, 403, 404, 200, 200],
  ["POST",   "/api/rounds/:open/close",                     401, 401, 401, 403, 404, 200, 200],
  ["POST",   "/api/rounds/:closed/reopen",                  401, 401, 401, 403, 404, 200, 200],
  ["POST",   "/api/rounds/:open/links/:member/reissue",     401, 401, 401, 403, 404, 200, 200],
  ["POST",   "/api/rounds/:open/reminders",                 401, 401, 401, 403, 404, 200, 200],
  ["GET",    "/api/rounds/:open/status",                    401, 401, 401, 403, 404, 200, 200],
  ["GET",    "/api/rounds/:open/analysis",                  401, 401, 401, 403, 404, 200, 200],
  ["GET",    "/api/rounds/:open/export?format=json",        401, 401, 401, 403, 404, 200, 200],
  ["GET",    "/api/cases/:case/export?format=json",         401, 401, 401, 403, 404, 200, 200],
  ["GET",    "/api/cases/:case/access-export",              401, 401, 401, 403, 403, 403, 200],
  ["GET",    "/api/rounds/:closed/actions",                 401, 401, 401, 403, 404, 200, 200],
  ["POST",   "/api/rounds/:open/actions",                   401, 401, 401, 403, 404, 201, 201],
  ["PATCH",  "/api/rounds/:closed/actions/:action",         401, 401, 401, 403, 404, 200, 200],
  ["GET",    "/api/cases/:case/actions",                    401, 401, 401, 403, 404, 200, 200],
  ["GET",    "/api/cases/:case/timeline",                   401, 401, 401, 403, 404, 200, 200],
  ["POST",   "/api/cases/:plain/rounds/import-file?dryRun=1&filename=m.csv", 401, 401, 401, 403, 404, 200, 200],
  ["GET",    "/api/aggregates",                             401, 401, 401, 200, 200, 200, 200],
  ["GET",    "/api/aggregates/change?from=V%C3%A5r&to=H%C3%B8st", 401, 401, 401, 200, 200, 200, 200],
  ["GET",    "/api/aggregates/export?format=json",          401, 401, 401, 200, 200, 200, 200],
  ["GET",    "/api/aggregates/releases",                    401, 401, 401, 200, 200, 200, 200],
  ["POST",   "/api/aggregates/releases",                    401, 401, 401, 403, 403, 403, 201],
  ["GET",    "/api/settings",                               401, 401, 401, 200, 200, 200, 200],
  ["PUT",    "/api/settings",                               401, 401, 401, 403, 403, 403, 200],
  ["GET",    "/api/retention",                              401, 401, 401, 403, 403, 403, 200],
  ["GET",    "/api/mail",                                   401, 401, 401, 403, 200, 200, 200],
  ["POST",   "/api/admin/backup",                           401, 401, 401, 403, 403, 403, 200],
  ["GET",    "/api/openapi.json",                           200, 200, 200, 200, 200, 200, 200],
  ["GET",    "/api/nothing-here",                           404, 404, 404, 404, 404, 404, 404],
  // Respondent routes: only the holder's path carries the real token; everyone else tries a well-formed guess.
  ["GET",    "/s/:token",                                   404, 404, 200, 404, 404, 404, 404],
  ["POST",   "/s/:token",                                   404, 404, 303, 404, 404, 404, 404],
  ["GET",    "/s/:token/form",                              404, 404, 303, 404, 404, 404, 404],
  ["GET",    "/s/:token/receipt",                           404, 404, 303, 404, 404, 404, 404],
  ["GET",    "/api/s/:token",                               404, 404, 200, 404, 404, 404, 404],
  ["PUT",    "/api/s/:token",                               404, 404, 200, 404, 404, 404, 404],
];

const BODIES: Record<string, (s: Scene) => unknown> = {
  "POST /api/auth/login": () => ({ email: "spare@laget.test", password: "another long password" }),
  "POST /api/users": () => ({ email: `u${newId().toLowerCase()}@laget.test`, name: "New", role: "evaluator", password: "a long enough password" }),
  "PATCH /api/users/:user": () => ({ name: "Renamed" }),
  "POST /api/cases": () => ({ code: `Sak ${newId().slice(0, 6)}`, district: "Heimdal" }),
  "PATCH /api/cases/:case": () => ({ unit: "Skole" }),
  "POST /api/cases/:plain/members": () => ({ role: "SR" }),
  "PATCH /api/cases/:plain/members/:pm0": () => ({ label: "Ny" }),
  "POST /api/cases/:case/rounds": () => ({ name: "Høst" }),
  "POST /api/cases/:plain/rounds/import": (s) => ({ name: "Import", scores: [{ rater: s.plainMemberIds[0], target: s.plainMemberIds[1], score: 3 }] }),
  "POST /api/rounds/:open/actions": () => ({ about: { kind: "team", level: "member", dimension: "all" }, what: "Felles plan", who: "PPT" }),
  "PATCH /api/rounds/:closed/actions/:action": () => ({ status: "done" }),
  "PUT /api/s/:token": () => ({ ratings: [], submit: false }),
  "PUT /api/settings": () => ({}),
  "POST /api/account/tokens": () => ({ name: "skript", expiresInDays: 7 }),
  "PUT /api/account/password": () => ({ currentPassword: PASSWORD, newPassword: PASSWORD }),
};

export const ROUTES: RouteCase[] = TABLE.map(([method, path, ...codes]) => {
  const key = `${method} ${path}`;
  return {
    method,
    path,
    expect: { anonymous: codes[0], respondent: codes[1], holder: codes[2], evaluator: codes[3], facOther: codes[4], facilitator: codes[5], admin: codes[6] },
    body: BODIES[key],
    form: key === "POST /s/:token" ? "action=draft" : undefined,
    csv: path.includes("/import-file") ? "rater\\rated,PPT,HEGE\nPPT,,4\nHEGE,2,\n" : undefined,
    freshSession: path === "/api/auth/logout",
  };
});

/** Fills a path template from the scene; `guess` replaces the token for actors who do not hold the link. */
export function fillPath(path: string, s: Scene, guess?: string): string {
  const map: Record<string, string> = {
    case: s.caseId, plain: s.plainCaseId, member: s.memberId, pm0: s.plainMemberIds[0], pm1: s.plainMemberIds[1],
    open: s.openRoundId, draft: s.draftRoundId, closed: s.closedRoundId, action: s.actionId, user: s.userId, token: guess ?? s.token,
    victim: s.victimId, sparetoken: s.spareTokenId, notoken: newId(),
  };
  return path.replace(/:([a-z0-9]+)/g, (_, k: string) => map[k]);
}
