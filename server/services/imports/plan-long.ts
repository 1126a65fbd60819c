// Plans a long import: picks the (case, round) group, maps rater/target ids to members, ratings → answer sets.
import type { LongCsvGroup } from "../../../analysis/csv/long.ts";
import { LONG_COLUMNS } from "../../../analysis/csv/long.ts";
import { readRecords } from "../../../analysis/csv/read.ts";
import type { PairScore, Rating } from "../../../domain/index.ts";
import type { MemberResolver } from "./members.ts";
import type { ProblemList } from "./problems.ts";

/** Ratings per rater member id. */
export type RatingsByRater = Map<string, Rating[]>;

/**
 * The one group to import: groups of the case's code when the file names it, narrowed by `round`
 * when given and present. Problem (line 1) when zero or several groups remain.
 */
export function pickGroup(groups: LongCsvGroup[], caseCode: string, round: string | undefined, problems: ProblemList): LongCsvGroup | undefined {
  let pick = groups.some((g) => g.case === caseCode) ? groups.filter((g) => g.case === caseCode) : groups;
  if (round !== undefined && pick.some((g) => g.round === round)) pick = pick.filter((g) => g.round === round);
  if (pick.length === 1) return pick[0];
  const list = pick.map((g) => `${g.case}/${g.round}`).join(", ");
  problems.add(1, 1, pick.length === 0
    ? "the file holds no ratings."
    : `the file holds ${pick.length} case/round groups (${list}); name the round to import (round=…) or split the file.`);
  return undefined;
}

/** What a long group becomes: item ratings per rater, or pair scores (item "all", as Laget's csv-long export writes). */
export interface LongPlan {
  ratings: RatingsByRater;
  pairScores: PairScore[];
}

/** True when every row holds a whole-pair score (item "all") rather than an item answer. */
export const isPairScoreGroup = (group: LongCsvGroup) => group.input.ratings.length > 0 && group.input.ratings.every((r) => r.item === "all");

/**
 * Walks the group's rows (same order as the parser's ratings) and checks roles, items and whole
 * values, collecting every problem. Rows with item "all" (every row) become pair scores instead.
 */
export function planLong(text: string, fileName: string, group: LongCsvGroup, items: string[], resolver: MemberResolver, problems: ProblemList): LongPlan {
  const [header, ...body] = readRecords(text, fileName);
  const names = header.fields.map((f) => f.toLowerCase());
  const col = Object.fromEntries(LONG_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<(typeof LONG_COLUMNS)[number], number>;
  const rows = body.filter((r) => r.fields[col.case] === group.case && r.fields[col.round] === group.round);
  const pairMode = isPairScoreGroup(group);
  const out: LongPlan = { ratings: new Map(), pairScores: [] };
  rows.forEach(({ fields, line }, k) => {
    const rating = group.input.ratings[k];
    const rater = resolver.longMember(fields[col.rater_id], fields[col.rater_role]);
    const target = resolver.longMember(fields[col.target_id], fields[col.target_role]);
    if ("error" in rater) problems.add(line, col.rater_role + 1, rater.error);
    if ("error" in target) problems.add(line, col.target_role + 1, target.error);
    if (!pairMode && !items.includes(rating.item)) problems.add(line, col.item + 1, `unknown item "${rating.item}" (the instrument's items: ${items.join(", ")}, or "all" on every row for pair scores).`);
    if (!pairMode && rating.value !== null && !Number.isInteger(rating.value)) problems.add(line, col.value + 1, `item values are whole numbers 1–5 (or blank for N/A), got ${fields[col.value]}.`);
    if ("error" in rater || "error" in target) return;
    if (pairMode) {
      if (rating.value !== null) out.pairScores.push({ rater: rater.member.id, target: target.member.id, score: rating.value });
      return;
    }
    const list = out.ratings.get(rater.member.id) ?? [];
    list.push({ target: target.member.id, item: rating.item, value: rating.value });
    out.ratings.set(rater.member.id, list);
  });
  return out;
}
