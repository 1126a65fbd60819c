// The calls the workspace makes, over the typed client: each returns the answer's payload or throws a RequestError.
import type { InferRequestType } from "hono/client";
import { client } from "./client.ts";
import { RequestError, data, done, setCsrf } from "./http.ts";

const cases = client.api.cases;
const rounds = client.api.rounds;

/** What the evaluator view asks of the published release (empty = the default: latest period, all or own districts). */
export interface AggregateQuery {
  district?: string;
  period?: string;
  by?: "district" | "unit" | "round";
  from?: string;
  to?: string;
}

/** The query without empty values (an empty filter means "all", so it is left out). */
function compact<Q extends object>(q: Q): Partial<Q> {
  return Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined && v !== "")) as Partial<Q>;
}

/** Query string of the aggregate routes, without empty values (for download links). */
export function aggregateSearch(q: AggregateQuery & { format?: string }): string {
  const s = new URLSearchParams(compact(q) as Record<string, string>).toString();
  return s ? `?${s}` : "";
}

/** Options of the meeting view's analysis. */
export interface AnalysisQuery {
  by: "member" | "role";
  dimension: string;
  threshold: number;
}

/** Bodies as the routes declare them. */
export type CaseBody = InferRequestType<typeof cases.$post>["json"];
export type MemberBody = InferRequestType<(typeof cases)[":id"]["members"]["$post"]>["json"];
export type RoundBody = InferRequestType<(typeof cases)[":id"]["rounds"]["$post"]>["json"];
export type VoicesBody = InferRequestType<(typeof rounds)[":id"]["voices"]["$put"]>["json"];
export type OpenBody = InferRequestType<(typeof rounds)[":id"]["open"]["$post"]>["json"];
export type CloseBody = InferRequestType<(typeof rounds)[":id"]["close"]["$post"]>["json"];
export type UserBody = InferRequestType<typeof client.api.users.$post>["json"];
export type UserPatchBody = InferRequestType<(typeof client.api.users)[":id"]["$patch"]>["json"];

export const Api = {
  async login(email: string, password: string) {
    const s = await data(client.api.auth.login.$post({ json: { email, password } }));
    setCsrf(s.csrfToken);
    return s;
  },
  async me() {
    const s = await data(client.api.auth.me.$get());
    setCsrf(s.csrfToken);
    return s;
  },
  async logout(): Promise<void> {
    await data(client.api.auth.logout.$post());
    setCsrf(undefined);
  },
  roles: async () => (await data(client.api.roles.$get())).roles,
  instruments: async () => (await data(client.api.instruments.$get())).instruments,

  cases: async () => (await data(cases.$get())).cases,
  getCase: async (id: string) => (await data(cases[":id"].$get({ param: { id } }))).case,
  createCase: async (json: CaseBody) => (await data(cases.$post({ json }))).case,
  updateCase: async (id: string, json: InferRequestType<(typeof cases)[":id"]["$patch"]>["json"]) => (await data(cases[":id"].$patch({ param: { id }, json }))).case,
  deleteCase: (id: string) => done(cases[":id"].$delete({ param: { id } })),

  members: async (id: string) => (await data(cases[":id"].members.$get({ param: { id } }))).members,
  addMember: async (id: string, json: MemberBody) => (await data(cases[":id"].members.$post({ param: { id }, json }))).member,
  updateMember: async (id: string, memberId: string, json: InferRequestType<(typeof cases)[":id"]["members"][":memberId"]["$patch"]>["json"]) =>
    (await data(cases[":id"].members[":memberId"].$patch({ param: { id, memberId }, json }))).member,
  removeMember: (id: string, memberId: string) => done(cases[":id"].members[":memberId"].$delete({ param: { id, memberId } })),

  rounds: async (id: string) => (await data(cases[":id"].rounds.$get({ param: { id } }))).rounds,
  createRound: async (id: string, json: RoundBody) => (await data(cases[":id"].rounds.$post({ param: { id }, json }))).round,
  /** Changes the family/child options of a draft round (409 once it is open). */
  setVoices: async (id: string, json: VoicesBody) => (await data(rounds[":id"].voices.$put({ param: { id }, json }))).round,
  getRound: async (id: string) => (await data(rounds[":id"].$get({ param: { id } }))).round,
  /** Opens a draft round; `{ delivery: "email" }` mails the links of members who have an address (left out of the answer). */
  openRound: (id: string, json: OpenBody = {}) => data(rounds[":id"].open.$post({ param: { id }, json })),
  /** Closes an open round; the members' e-mail addresses are erased unless `keepAddresses`. */
  closeRound: (id: string, json: CloseBody = {}) => data(rounds[":id"].close.$post({ param: { id }, json })),
  /** «Send påminnelse»: mails everyone with an address who has not submitted (409/429 past the limits). */
  sendReminders: (id: string) => data(rounds[":id"].reminders.$post({ param: { id } })),
  /** Whether this server sends mail (else the options are hidden), and the reminder limits. */
  mailInfo: () => data(client.api.mail.$get()),
  reopenRound: (id: string) => data(rounds[":id"].reopen.$post({ param: { id } })),
  reissue: async (id: string, memberId: string) => (await data(rounds[":id"].links[":memberId"].reissue.$post({ param: { id, memberId } }))).link,
  reissueChild: async (id: string) => (await data(rounds[":id"]["child-link"].reissue.$post({ param: { id } }))).link,
  status: (id: string) => data(rounds[":id"].status.$get({ param: { id } })),
  analysis: (id: string, q: AnalysisQuery) =>
    data(rounds[":id"].analysis.$get({ param: { id }, query: { by: q.by, threshold: String(q.threshold), dimension: q.dimension } })),

  aggregates: (q: Omit<AggregateQuery, "from" | "to">) => data(client.api.aggregates.$get({ query: compact(q) })),
  aggregateChange: (q: { district?: string; by?: "district" | "unit"; from: string; to: string }) => data(client.api.aggregates.change.$get({ query: { ...compact(q), from: q.from, to: q.to } })),
  aggregateExportUrl: (q: AggregateQuery, format: string) => `/api/aggregates/export${aggregateSearch({ ...q, format })}`,
  releases: () => data(client.api.aggregates.releases.$get()),
  publishRelease: () => data(client.api.aggregates.releases.$post()),

  /** The family's and the child's voice in a round (options and the family band); null when the round is gone (404). */
  voices: (id: string) =>
    data(rounds[":id"].family.$get({ param: { id }, query: {} })).catch((e: unknown) => {
      if (e instanceof RequestError && e.status === 404) return null;
      throw e;
    }),

  users: async () => (await data(client.api.users.$get())).users,
  createUser: async (json: UserBody) => (await data(client.api.users.$post({ json }))).user,
  updateUser: async (id: string, json: UserPatchBody) => (await data(client.api.users[":id"].$patch({ param: { id }, json }))).user,

  retention: (days: number) => data(client.api.retention.$get({ query: { days: String(days) } })),
  updateSettings: async (json: { retentionMonths?: number; minCases?: number }) => (await data(client.api.settings.$put({ json }))).settings,
  /** Download link of a case's access-request file (everything stored about it). */
  accessExportUrl: (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/access-export`,
};

/** Answers as the workspace reads them (the server's types, through the typed client). */
export type Session = Awaited<ReturnType<typeof Api.me>>;
export type PersonalLink = Awaited<ReturnType<typeof Api.reissue>>;
export type RoundStatusReport = Awaited<ReturnType<typeof Api.status>>;
export type OpenReport = Awaited<ReturnType<typeof Api.openRound>>;
export type ReminderReport = Awaited<ReturnType<typeof Api.sendReminders>>;
export type MailSettingsReport = Awaited<ReturnType<typeof Api.mailInfo>>;
export type AggregateAnswer = Awaited<ReturnType<typeof Api.aggregates>>;
export type ChangeAnswer = Awaited<ReturnType<typeof Api.aggregateChange>>;
export type RoundVoices = NonNullable<Awaited<ReturnType<typeof Api.voices>>>;
