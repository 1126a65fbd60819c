// Shapes the workspace reads from the JSON API (mirrors domain/ and analysis/types.ts without pulling zod into the bundle).
export type { AnalysisResult, AnalysisEdge, AnalysisNode, Asymmetry, WeakLink, AnalysisSummary } from "../../analysis/types.ts";

export type UserRole = "admin" | "facilitator" | "evaluator";
export interface User {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  districts: string[];
  disabled: boolean;
  createdAt?: string;
}
export interface Session {
  user: User;
  csrfToken: string | null;
  expiresAt: string | null;
}

export interface Localized {
  nb: string;
  nn: string;
  en: string;
}
export interface RoleDef {
  id: string;
  name: Localized;
  colour: string;
  family?: boolean;
}
export interface InstrumentItem {
  id: string;
  short: Localized;
  text: Localized;
  group: string;
}
export interface Instrument {
  id: string;
  version: string;
  audience?: string;
  name: Localized;
  items: InstrumentItem[];
}

export interface Case {
  id: string;
  code: string;
  district: string;
  unit: string;
  createdAt: string;
}
export interface Member {
  id: string;
  caseId: string;
  role: string;
  label: string;
}
export type RoundStatus = "draft" | "open" | "closed";
export interface Round {
  id: string;
  caseId: string;
  name: string;
  instrumentId: string;
  instrumentVersion: string;
  status: RoundStatus;
  source: "survey" | "import";
  closesAt: string | null;
  createdAt: string;
  openedAt: string | null;
  closedAt: string | null;
  /** Family seats answer the family form (absent = off). */
  family?: { include: boolean; instrumentVersion?: string };
  /** A per-round child link with the child form in one age version (absent = off). */
  child?: { include: boolean; version: ChildVersion; instrumentVersion?: string };
}
export type ChildVersion = "8-12" | "13-16";
/** The family/child options as the workspace edits them (POST /rounds, PUT /voices). */
export interface VoiceChoice {
  family: boolean;
  child: boolean;
  childVersion: ChildVersion;
}
/** Reserved member id of the child's per-round link (never shown). */
export const CHILD_SEAT = "_child";
export type FormKind = "team" | "family" | "child";
export interface PersonalLink {
  memberId: string;
  role: string;
  label: string;
  url: string;
  form?: FormKind;
}
export type MemberState = "submitted" | "draft" | "opened" | "not_opened";
/** GET /api/rounds/:id/status, typed by the server's own view (type-only import, nothing bundled). */
export type RoundStatusReport = RoundStatusView;
export type MemberStatus = RoundStatusReport["members"][number];

export type { AggregateCell, ChangeCell, SuppressionReason } from "../../analysis/aggregate/types.ts";
/** Provenance of an aggregate answer: the server's own type (type-only import, nothing bundled). */
export type { AggregateMeta } from "../../server/services/aggregates/schemas.ts";
import type { RoundStatusView } from "../../domain/round-status.ts";
import type { AggregateMeta } from "../../server/services/aggregates/schemas.ts";
import type { AggregateCell, ChangeCell } from "../../analysis/aggregate/types.ts";

/** A role×role matrix of the aggregates; `cases` is null when fewer than the minimum. */
export interface AggregateMatrixView<C> {
  group: string | null;
  cases: number | null;
  cells: C[];
}
export interface AggregateAnswer<C = AggregateCell> {
  meta: AggregateMeta;
  roles: string[];
  total: AggregateMatrixView<C>;
  breakdowns: { by: string; groups: AggregateMatrixView<C>[] }[];
}
export type ChangeAnswer = AggregateAnswer<ChangeCell>;

export type { FamilyBand, ThemeRow, VoiceValue } from "../../analysis/voices/types.ts";
import type { FamilyBand } from "../../analysis/voices/types.ts";

/** GET /api/rounds/:id/family: the round's family/child options and the "Familiens opplevelse" band. */
export interface RoundVoices {
  roundId: string;
  family: { include: boolean };
  child: { include: boolean; version: string };
  /** The child link's progress like a member's state, "no_link" before opening, null without the child's form. */
  childState: MemberState | "no_link" | null;
  band: FamilyBand;
}
