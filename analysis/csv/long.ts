// Long CSV parser: one rating per row, `case,round,rater_id,rater_role,target_id,target_role,item,value`.
import type { AnalyzeInput } from "../analyze.ts";
import type { NodeInfo } from "../types.ts";
import { resolveItems } from "../items.ts";
import { CsvParseError } from "./errors.ts";
import { parseScore, readRecords } from "./read.ts";

export const LONG_COLUMNS = ["case", "round", "rater_id", "rater_role", "target_id", "target_role", "item", "value"] as const;

/** Values read as N/A ("not applicable / don't know"): never a zero. */
const NA = new Set(["", "na", "n/a", "null", "-"]);

export interface LongCsvGroup {
  case: string;
  round: string;
  input: Required<Omit<AnalyzeInput, "targetsOnly">>;
}

/**
 * Parse a long CSV into one analyze() input per (case, round), in order of first appearance.
 * Columns are found by header name (any order, extra columns ignored). Members are ordered by
 * first appearance; one only ever rated is a non-responder.
 *
 * @throws CsvParseError with file, line and column for every problem.
 */
export function parseLongCsv(text: string, fileName: string): LongCsvGroup[] {
  const records = readRecords(text, fileName);
  if (records.length === 0) throw new CsvParseError(fileName, 1, 1, "the file is empty.");
  const [header, ...body] = records;
  const names = header.fields.map((f) => f.toLowerCase());
  const col = {} as Record<(typeof LONG_COLUMNS)[number], number>;
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
    const at = (c: (typeof LONG_COLUMNS)[number]) => fields[col[c]];
    for (const c of LONG_COLUMNS) {
      if (c !== "value" && at(c) === "") throw new CsvParseError(fileName, line, col[c] + 1, `"${c}" is empty.`);
    }
    const groupKey = `${at("case")}\u0000${at("round")}`;
    let group = groups.get(groupKey);
    if (!group) {
      group = { case: at("case"), round: at("round"), input: { nodes: [], ratings: [], pairScores: [], items: [] }, members: new Map(), keys: new Map() };
      groups.set(groupKey, group);
    }
    const member = (id: string, role: string, roleColumn: number) => {
      const known = group!.members.get(id);
      if (!known) {
        const node = { id, role, label: id };
        group!.members.set(id, { node, line });
        group!.input.nodes.push(node);
      } else if (known.node.role !== role) {
        throw new CsvParseError(fileName, line, roleColumn + 1, `member "${id}" has role "${role}" here but "${known.node.role}" on line ${known.line}.`);
      }
    };
    member(at("rater_id"), at("rater_role"), col.rater_role);
    member(at("target_id"), at("target_role"), col.target_role);
    if (at("rater_id") === at("target_id")) throw new CsvParseError(fileName, line, col.target_id + 1, `"${at("rater_id")}" rates themselves.`);
    const ratingKey = `${at("rater_id")}\u0000${at("target_id")}\u0000${at("item")}`;
    const first = group.keys.get(ratingKey);
    if (first !== undefined) throw new CsvParseError(fileName, line, col.item + 1, `duplicate rating (first on line ${first}).`);
    group.keys.set(ratingKey, line);
    const raw = at("value");
    const value = NA.has(raw.toLowerCase()) ? null : parseScore(raw, { file: fileName, line, column: col.value + 1 });
    group.input.ratings.push({ rater: at("rater_id"), target: at("target_id"), item: at("item"), value });
  }
  return [...groups.values()].map((g) => ({
    case: g.case,
    round: g.round,
    input: { ...g.input, items: resolveItems(undefined, g.input.ratings.map((r) => r.item)) },
  }));
}
