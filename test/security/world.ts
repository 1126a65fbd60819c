// Security test world: the standard users with sessions/bearer tokens, and fresh cases, rounds and links per test cell.
import { ApiToken } from "../../domain/index.ts";
import type { Mailer } from "../../server/mail/transport.ts";
import { generateToken, hashToken, newId } from "../../server/security/tokens.ts";
import { addUsers, makeApp, type Auth, type TestApp } from "../server/api/helpers.ts";

/** Who is calling. `holder` has the personal link of the case under test; `respondent` one of another case. */
export const ACTORS = ["anonymous", "respondent", "holder", "evaluator", "facOther", "facilitator", "admin"] as const;
export type Actor = (typeof ACTORS)[number];

/** Ids and secrets a route path or body may refer to (all created fresh for one cell). */
export interface Scene {
  caseId: string; // Heimdal case with an open, a draft and a closed round
  plainCaseId: string; // Heimdal case without rounds (deletable, members editable)
  memberId: string; // member of caseId
  plainMemberIds: string[];
  openRoundId: string;
  draftRoundId: string;
  closedRoundId: string;
  actionId: string; // an action agreed in the closed round
  token: string; // the holder's link in the open round
  userId: string; // a spare user admins may edit
  spareTokenId: string; // an API token of the spare user
  victimId: string; // a user of this cell only, for deletion
}

export interface World {
  t: TestApp;
  /** Every raw secret handed out so far (session cookies, bearer and link tokens). */
  secrets: Set<string>;
  /** Password hashes as stored. */
  hashes(): Promise<string[]>;
  auth(actor: Actor, scene: Scene): Auth;
  /** The link token of another case (the respondent's own). */
  otherToken: string;
  scene(): Promise<Scene>;
}

const json = async (res: Response) => (await res.json()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Builds the app with users, sessions, an admin bearer token and a Lerkendal case whose link the respondent holds.
 * With `mailer`, mail delivery is on (the case under test's members have addresses either way).
 */
export async function makeWorld(opts: { mailer?: Mailer } = {}): Promise<World> {
  const t = makeApp({ guessLimit: { windowMs: 60_000, max: 1e6 } }, {}, opts.mailer); // the matrix guesses on purpose; limits are measured elsewhere
  await addUsers(t.deps);
  const secrets = new Set<string>();
  const browser = async (email: string) => {
    const b = await t.login(email);
    secrets.add(b.cookie); // the CSRF value is shown by design (login, /api/auth/me)
    return b;
  };
  const evaluator = await browser("eval@laget.test");
  const facOther = await browser("other@laget.test");
  const facilitator = await browser("fasi@laget.test");
  const admin = await t.deps.store.getUserByEmail("admin@laget.test");
  const bearer = generateToken();
  secrets.add(bearer);
  await t.deps.store.putApiToken(ApiToken.parse({ id: newId(), userId: admin!.id, name: "test", tokenHash: hashToken(bearer), createdAt: new Date().toISOString() }));
  const spare = await t.call("POST", "/api/users", {
    auth: { bearer },
    body: { email: "spare@laget.test", name: "Spare", role: "facilitator", districts: ["Østbyen"], password: "another long password" },
  });
  const userId = (await json(spare)).user.id as string;

  const openRound = async (caseId: string, auth: Auth) => {
    const r = await json(await t.call("POST", `/api/cases/${caseId}/rounds`, { auth, body: { name: "Vår" } }));
    const opened = await json(await t.call("POST", `/api/rounds/${r.round.id}/open`, { auth }));
    const tokens = (opened.links as { url: string }[]).map((l) => l.url.split("/s/")[1]);
    tokens.forEach((tk) => secrets.add(tk));
    return { roundId: r.round.id as string, tokens };
  };
  const newCase = async (auth: Auth, district: string, roles = ["PPT", "HEGE", "FORÆ"], mail = false) => {
    const k = await json(await t.call("POST", "/api/cases", { auth, body: { code: `Sak ${newId().slice(0, 8)}`, district } }));
    const ids: string[] = [];
    for (const [i, role] of roles.entries()) {
      const body = mail ? { role, email: `m${i}.${newId().slice(0, 6).toLowerCase()}@kommune.test` } : { role };
      ids.push((await json(await t.call("POST", `/api/cases/${k.case.id}/members`, { auth, body }))).member.id);
    }
    return { caseId: k.case.id as string, memberIds: ids };
  };
  const other = await newCase(facOther, "Lerkendal");
  const otherToken = (await openRound(other.caseId, facOther)).tokens[0];

  const scene = async (): Promise<Scene> => {
    const auth = { bearer };
    const main = await newCase(auth, "Heimdal", undefined, true);
    const plain = await newCase(auth, "Heimdal", ["PPT", "HEGE"]);
    const open = await openRound(main.caseId, auth);
    const closed = await openRound(main.caseId, auth);
    await t.call("POST", `/api/rounds/${closed.roundId}/close`, { auth });
    const draft = await json(await t.call("POST", `/api/cases/${main.caseId}/rounds`, { auth, body: { name: "Høst" } }));
    const spareTokenId = newId();
    await t.deps.store.putApiToken(ApiToken.parse({ id: spareTokenId, userId, name: "spare", tokenHash: hashToken(generateToken()), createdAt: new Date().toISOString() }));
    const victim = await t.call("POST", "/api/users", {
      auth, body: { email: `v${newId().toLowerCase()}@laget.test`, name: "Victim", role: "evaluator", password: "another long password" },
    });
    const action = await json(
      await t.call("POST", `/api/rounds/${closed.roundId}/actions`, { auth, body: { about: { kind: "team", level: "member", dimension: "all" }, what: "Avtale", who: "PPT" } }),
    );
    return {
      caseId: main.caseId, plainCaseId: plain.caseId, memberId: main.memberIds[0], plainMemberIds: plain.memberIds,
      openRoundId: open.roundId, draftRoundId: draft.round.id, closedRoundId: closed.roundId, actionId: action.action.id, token: open.tokens[0], userId,
      spareTokenId, victimId: (await json(victim)).user.id,
    };
  };

  const auth = (actor: Actor, scene: Scene): Auth => {
    switch (actor) {
      case "anonymous": return undefined;
      case "respondent": return { bearer: otherToken };
      case "holder": return { bearer: scene.token };
      case "evaluator": return evaluator;
      case "facOther": return facOther;
      case "facilitator": return facilitator;
      case "admin": return { bearer };
    }
  };
  const hashes = async () => (await t.deps.store.listUsers()).map((u) => u.passwordHash);
  return { t, secrets, hashes, auth, otherToken, scene };
}
