// Rows of the response status: members (family seats marked), the child's seat, and the team's own response rate.
import type { FormKind, MemberProgress, RoleDef, Round, RoundStatusView } from "../../../domain/index.ts";
import { CHILD_SEAT_ID } from "../../../domain/seats.ts";
import type { Lang, T } from "../../i18n/index.ts";
import { memberName } from "../../state.ts";

export interface StatusRow {
  id: string;
  role: string | null;
  name: string;
  form: FormKind;
  /** A declined family/child answer is an empty submitted set: it reads "submitted", like any answer. */
  state: MemberProgress | "no_link";
}

export interface StatusModel {
  rows: StatusRow[];
  /** Submitted team-form members / team-form members (the analysis leaves family-form seats out too). */
  teamRate: number;
  /** True when some seats answer the family's or the child's form (the rate is then labelled "in the team"). */
  hasVoices: boolean;
}

export function statusModel(round: Pick<Round, "child">, report: RoundStatusView, roles: RoleDef[], lang: Lang, t: T): StatusModel {
  const rows: StatusRow[] = report.members.map((m) => ({ id: m.memberId, role: m.role, name: memberName(roles, m, lang), form: m.form, state: m.state }));
  if (round.child?.include) rows.push({ id: CHILD_SEAT_ID, role: null, name: t("childLink"), form: "child", state: report.child?.state ?? "not_opened" });
  // The server's rate counts team-form seats only, like the analysis.
  return { rows, teamRate: report.responseRate, hasVoices: rows.some((r) => r.form !== "team") };
}

/** The rows whose state changed from `before` to `after` (rows that are new count as changed from nothing). */
export function statusChanges(before: StatusRow[], after: StatusRow[]): StatusRow[] {
  const was = new Map(before.map((r) => [r.id, r.state]));
  return after.filter((r) => was.get(r.id) !== r.state);
}

/** How often the status is fetched again while the page is visible. */
export const STATUS_POLL_MS = 15_000;

/** The seats (member ids, and the child's seat when the round has one) that have not submitted: the cards that can be made again. */
export function pendingSeats(round: Pick<Round, "child">, report: RoundStatusView): string[] {
  const members = report.members.filter((m) => m.state !== "submitted").map((m) => m.memberId);
  return round.child?.include && report.child?.state !== "submitted" ? [...members, CHILD_SEAT_ID] : members;
}
