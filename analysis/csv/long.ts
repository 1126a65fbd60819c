// Long CSV parser: one rating per row, `case,round,rater_id,rater_role,target_id,target_role,item,value`.
import type { AnalyzeInput } from "../analyze.ts";
import type { NodeInfo } from "../types.ts";
import { LIMITS } from "../limits.ts";
import { resolveItems, type AnalysisItem } from "../items.ts";
import { CsvParseError } from "./errors.ts";
import { readName } from "./names.ts";
import { parseScore, readRecords } from "./read.ts";

export const LONG_COLUMNS = ["case", "round", "rater_id", "rater_role", "target_id", "target_role", "item", "value"] as const;
type Column = (typeof LONG_COLUMNS)[number];

/** Values read as N/A ("not applicable / don't know"): never a zero. */
const NA = new Set(["", "na", "n/a", "null", "-"]);

/** What each named column holds, for messages. */
const WHAT: Record<Exclude<Column, "value">, string> = {
  case: "case", round: "round name", rater_id: "rater id", rater_role: "rater role",
  target_id: "target id", target_role: "target role", item: "item id",
};

export interface LongCsvGroup {
  case: string;
  round: string;
  /** Items: the default instrument's (with their groups) when the file uses only its item ids. */
  input: Required<Omit<AnalyzeInput, "targetsOnly" | "items">> & { items: AnalysisItem[] };
}

/**
 * Parse a long CSV into one analyze() input per (case, round), in order of first appearance.
 * Columns are found by header name (any order, extra columns ignored). Members are ordered by
 * first appearance; one only ever rated is a non-responder. Names are read as NFC; a group with
 * more than LIMITS.members members is refused at the row that adds one too many.
 *
 * @throws CsvParseError with file, line and column for every problem (`limit` set for a size limit).
 */
export function parseLongCsv(text: string, fileName: string): LongCsvGroup[] {
  const records = readRecords(text, fileName);
  if (records.length === 0) throw new CsvParseError(fileName, 1, 1, "the file is empty.");
  const [header, ...body] = records;
  const names = header.fields.map((f) => f.toLowerCase());
  const col = {} as Record<Column, number>;
  const missing = LONG_COLUMNS.filter((c) => {
    col[c] = names.indexOf(c);
    return col[c] < 0;
  });
  if (missing.length > 0) {
    throw new CsvParseError(fileName, header.line, names.length + 1, `missing column(s) ${missing.join(", ")}; a long CSV needs ${LONG_COLUMNS.join(",")}.`);
  }
  type Group = LongCsvGroup & { members: Map<string, { node: NodeInfo; line: number }>; keys: Map<string, number> };
  const groups = new Map<string, Group>();
  for (const { fields, line } of body) {
    if (fields.length < names.length) {
      throw new CsvParseError(fileName, line, fields.length + 1, `the row has ${fields.length} fields, the header has ${names.length}.`);
    }
    const v = {} as Record<Exclude<Column, "value">, string>;
    for (const c of LONG_COLUMNS) {
      if (c === "value") continue;
      if (fields[col[c]] === "") throw new CsvParseError(fileName, line, col[c] + 1, `"${c}" is empty.`);
      v[c] = readName(fields[col[c]], WHAT[c], { file: fileName, line, column: col[c] + 1 });
    }
    const groupKey = `${v.case}\u0000${v.round}`;
    let group = groups.get(groupKey);
    if (!group) {
      group = { case: v.case, round: v.round, input: { nodes: [], ratings: [], pairScores: [], items: [] }, members: new Map(), keys: new Map() };
      groups.set(groupKey, group);
    }
    const member = (id: string, role: string, idColumn: number, roleColumn: number) => {
      const known = group!.members.get(id);
      if (!known) {
        if (group!.members.size >= LIMITS.members) {
          throw new CsvParseError(fileName, line, idColumn + 1, `case ${v.case}, round ${v.round} has more than ${LIMITS.members} members; a team has at most ${LIMITS.members}.`, "members");
        }
        const node = { id, role, label: id };
        group!.members.set(id, { node, line });
        group!.input.nodes.push(node);
      } else if (known.node.role !== role) {
        throw new CsvParseError(fileName, line, roleColumn + 1, `member "${id}" has role "${role}" here but "${known.node.role}" on line ${known.line}.`);
      }
    };
    member(v.rater_id, v.rater_role, col.rater_id, col.rater_role);
    member(v.target_id, v.target_role, col.target_id, col.target_role);
    if (v.rater_id === v.target_id) throw new CsvParseError(fileName, line, col.target_id + 1, `"${v.rater_id}" rates themselves.`);
    const ratingKey = `${v.rater_id}\u0000${v.target_id}\u0000${v.item}`;
    const first = group.keys.get(ratingKey);
    if (first !== undefined) throw new CsvParseError(fileName, line, col.item + 1, `duplicate rating (first on line ${first}).`);
    group.keys.set(ratingKey, line);
    const raw = fields[col.value];
    const value = NA.has(raw.toLowerCase()) ? null : parseScore(raw, { file: fileName, line, column: col.value + 1 });
    group.input.ratings.push({ rater: v.rater_id, target: v.target_id, item: v.item, value });
  }
  return [...groups.values()].map((g) => ({
    case: g.case,
    round: g.round,
    input: { ...g.input, items: resolveItems(undefined, g.input.ratings.map((r) => r.item)) },
  }));
}
