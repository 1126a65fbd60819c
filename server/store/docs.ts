// Document shapes the stores keep: one meta document (users, sessions, API tokens) and one document per case.
import { z } from "zod";
import { Action, ApiToken, Case, DEFAULT_SETTINGS, Delivery, Id, Link, Member, PairScore, Round, Session, Settings, User } from "../../domain/index.ts";

/** Users, sessions and API tokens; stored as `meta.json` by the file store. */
export const MetaDoc = z.object({
  users: z.array(User),
  sessions: z.array(Session),
  apiTokens: z.array(ApiToken),
  /** Admin settings (absent in data files written before settings existed). */
  settings: Settings.default(DEFAULT_SETTINGS),
});
export type MetaDoc = z.infer<typeof MetaDoc>;

/** Everything about one case except the answers; stored as `cases/<caseId>.json` by the file store. */
export const CaseDoc = z.object({
  case: Case,
  members: z.array(Member),
  rounds: z.array(Round),
  links: z.array(Link),
  /** Pair scores of imported rounds, by round id. */
  pairScores: z.record(Id, z.array(PairScore)),
  /** Mail attempts of the case's rounds (absent until the first one). */
  deliveries: z.array(Delivery).optional(),
  /** Actions agreed in the case's meetings (absent in data files written before actions existed). */
  actions: z.array(Action).default([]),
});
export type CaseDoc = z.infer<typeof CaseDoc>;

/** An empty meta document (fresh store). */
export function emptyMeta(): MetaDoc {
  return { users: [], sessions: [], apiTokens: [], settings: { ...DEFAULT_SETTINGS } };
}

/** A new case document holding only the case itself. */
export function newCaseDoc(c: Case): CaseDoc {
  return { case: c, members: [], rounds: [], links: [], pairScores: {}, actions: [] };
}
