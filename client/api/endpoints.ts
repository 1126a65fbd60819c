// Typed calls of the /api routes the workspace uses; list answers are accepted bare or wrapped ({ cases: [...] }).
import { api, ApiError, setCsrf } from "./http.ts";
import type {
  AggregateAnswer,
  AnalysisResult,
  ChangeAnswer,
  ChildVersion,
  VoiceChoice,
  RoundVoices,
  Case,
  Instrument,
  Member,
  PersonalLink,
  RoleDef,
  Round,
  RoundStatusReport,
  Session,
  User,
} from "./types.ts";

/** Unwraps `T[]` or `{ [key]: T[] }`. */
function list<T>(key: string) {
  return (data: unknown): T[] => (Array.isArray(data) ? data : ((data as Record<string, T[]>)?.[key] ?? []));
}
/** Unwraps `T` or `{ [key]: T }`. */
function one<T>(key: string) {
  return (data: unknown): T => {
    const d = data as Record<string, unknown>;
    return (d && typeof d === "object" && key in d ? d[key] : d) as T;
  };
}
const enc = encodeURIComponent;

/** The family/child part of POST /rounds and PUT /voices. */
export interface VoicesBody {
  family?: { include: boolean };
  child?: { include: boolean; version: ChildVersion };
}
/** The body parts for a choice made in the workspace. */
export const voicesBody = (v: VoiceChoice): VoicesBody => ({ family: { include: v.family }, child: { include: v.child, version: v.childVersion } });

export interface AnalysisQuery {
  by: "member" | "role";
  dimension: string;
  threshold: number;
}

/** Filters of the cross-case aggregates (empty = all). */
export interface AggregateQuery {
  district?: string;
  period?: string;
  instrument?: string;
  dimension?: string;
  by?: "district" | "unit" | "round";
  from?: string;
  to?: string;
}

/** Query string of the aggregate routes, without empty values. */
export function aggregateSearch(q: AggregateQuery & { format?: string }): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : "";
}

export const Api = {
  async login(email: string, password: string): Promise<Session> {
    const s = await api.post<Session>("/api/auth/login", { email, password });
    setCsrf(s.csrfToken ?? undefined);
    return s;
  },
  async me(): Promise<Session> {
    const s = await api.get<Session>("/api/auth/me");
    setCsrf(s.csrfToken ?? undefined);
    return s;
  },
  async logout(): Promise<void> {
    await api.post("/api/auth/logout");
    setCsrf(undefined);
  },
  roles: () => api.get<unknown>("/api/roles").then(list<RoleDef>("roles")),
  instruments: () => api.get<unknown>("/api/instruments").then(list<Instrument>("instruments")),

  cases: () => api.get<unknown>("/api/cases").then(list<Case>("cases")),
  getCase: (id: string) => api.get<unknown>(`/api/cases/${enc(id)}`).then(one<Case>("case")),
  createCase: (input: { code: string; district: string; unit: string }) =>
    api.post<unknown>("/api/cases", input).then(one<Case>("case")),
  updateCase: (id: string, input: { code?: string; district?: string; unit?: string }) =>
    api.patch<unknown>(`/api/cases/${enc(id)}`, input).then(one<Case>("case")),
  deleteCase: (id: string) => api.del(`/api/cases/${enc(id)}`),

  members: (caseId: string) => api.get<unknown>(`/api/cases/${enc(caseId)}/members`).then(list<Member>("members")),
  addMember: (caseId: string, input: { role: string; label: string }) =>
    api.post<unknown>(`/api/cases/${enc(caseId)}/members`, input).then(one<Member>("member")),
  updateMember: (caseId: string, memberId: string, input: { role?: string; label?: string }) =>
    api.patch<unknown>(`/api/cases/${enc(caseId)}/members/${enc(memberId)}`, input).then(one<Member>("member")),
  removeMember: (caseId: string, memberId: string) => api.del(`/api/cases/${enc(caseId)}/members/${enc(memberId)}`),

  rounds: (caseId: string) => api.get<unknown>(`/api/cases/${enc(caseId)}/rounds`).then(list<Round>("rounds")),
  createRound: (caseId: string, input: { name: string; instrumentId: string; closesAt: string | null } & VoicesBody) =>
    api.post<unknown>(`/api/cases/${enc(caseId)}/rounds`, input).then(one<Round>("round")),
  /** Changes the family/child options of a draft round (409 once it is open). */
  setVoices: (id: string, body: VoicesBody) => api.put<unknown>(`/api/rounds/${enc(id)}/voices`, body).then(one<Round>("round")),
  getRound: (id: string) => api.get<unknown>(`/api/rounds/${enc(id)}`).then(one<Round>("round")),
  openRound: (id: string) => api.post<{ links: PersonalLink[] }>(`/api/rounds/${enc(id)}/open`),
  closeRound: (id: string) => api.post<unknown>(`/api/rounds/${enc(id)}/close`),
  reopenRound: (id: string) => api.post<unknown>(`/api/rounds/${enc(id)}/reopen`),
  reissue: (id: string, memberId: string) =>
    api.post<unknown>(`/api/rounds/${enc(id)}/links/${enc(memberId)}/reissue`).then(one<PersonalLink>("link")),
  reissueChild: (id: string) => api.post<unknown>(`/api/rounds/${enc(id)}/child-link/reissue`).then(one<PersonalLink>("link")),
  status: (id: string) => api.get<RoundStatusReport>(`/api/rounds/${enc(id)}/status`),
  analysis: (id: string, q: AnalysisQuery) =>
    api.get<AnalysisResult>(
      `/api/rounds/${enc(id)}/analysis?by=${q.by}&threshold=${q.threshold}&dimension=${enc(q.dimension)}`,
    ),

  aggregates: (q: AggregateQuery) => api.get<AggregateAnswer>(`/api/aggregates${aggregateSearch(q)}`),
  aggregateChange: (q: AggregateQuery & { from: string; to: string }) => api.get<ChangeAnswer>(`/api/aggregates/change${aggregateSearch(q)}`),
  aggregateExportUrl: (q: AggregateQuery, format: string) => `/api/aggregates/export${aggregateSearch({ ...q, format })}`,

  /** The family band of a round; null when the server has no family endpoint (404). */
  family: (id: string) =>
    api.get<RoundVoices>(`/api/rounds/${enc(id)}/family`).catch((e: unknown) => {
      if (e instanceof ApiError && e.status === 404) return null;
      throw e;
    }),

  users: () => api.get<unknown>("/api/users").then(list<User>("users")),
  createUser: (input: Omit<User, "id" | "disabled" | "createdAt"> & { password: string }) =>
    api.post<unknown>("/api/users", input).then(one<User>("user")),
  updateUser: (id: string, input: Partial<Omit<User, "id">> & { password?: string }) =>
    api.patch<unknown>(`/api/users/${enc(id)}`, input).then(one<User>("user")),
};
