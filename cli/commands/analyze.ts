// `analyze FILE`: analysis JSON (or matrix CSV / table) of a matrix or long CSV; `--compare OTHER` for two rounds.
import type { CliIo } from "../command.ts";
import { UserError } from "../command.ts";
import { choiceOption, numberOption, parseCommandArgs } from "../args.ts";
import { comparisonTable, resultTable } from "../table.ts";
import { analyze, type AnalyzeInput } from "../../analysis/analyze.ts";
import { resolveOptions, type AnalyzeOptions } from "../../analysis/options.ts";
import { compareRounds } from "../../analysis/compare.ts";
import { matrixToInput, toMatrix } from "../../analysis/matrix.ts";
import { parseCsv } from "../../analysis/csv/detect.ts";
import { writeMatrixCsv } from "../../analysis/csv/write-matrix.ts";
import { csvText } from "../../analysis/export/text.ts";
import type { AnalysisResult } from "../../analysis/types.ts";

export const summary = "analyse a matrix or long CSV: weak links, node metrics, summary (--compare OTHER for two rounds)";

const USAGE = "usage: analyze FILE [--by member|role] [--threshold 3.5] [--asymmetry-gap 1] [--dimension ID] [--format json|csv|table] [--compare OTHER]";
const FORMATS = ["json", "csv", "table"] as const;

/** Analyse every case/round of one file; matrix files give one result, long files one per case and round. */
function analyseFile(io: CliIo, file: string, options: AnalyzeOptions): { results: AnalysisResult[]; long: boolean } {
  const parsed = parseCsv(io.readFile(file), file);
  const run = (input: AnalyzeInput, label: string) => {
    try {
      return analyze(input, options);
    } catch (error) {
      throw new UserError(`${label}: ${(error as Error).message}`);
    }
  };
  if (parsed.format === "matrix") return { results: [run(matrixToInput(parsed.matrix), file)], long: false };
  if (parsed.groups.length === 0) throw new UserError(`${file}: the long CSV has a header but no ratings.`);
  const results = parsed.groups.map((g) => ({ case: g.case, round: g.round, ...run(g.input, `${file} (case ${g.case}, round ${g.round})`) }));
  return { results, long: true };
}

function csvOf(results: AnalysisResult[], long: boolean): string {
  return results
    .map((r) => writeMatrixCsv(toMatrix(r), { corner: long ? `rater\\rated (case ${r.case}, round ${r.round})` : "rater\\rated" }))
    .join("\n");
}

function only(results: AnalysisResult[], file: string): AnalysisResult {
  if (results.length !== 1) throw new UserError(`--compare needs one case and round per file; ${file} has ${results.length}.`);
  return results[0];
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("analyze", args, {
    by: { type: "string" },
    threshold: { type: "string" },
    "asymmetry-gap": { type: "string" },
    dimension: { type: "string" },
    format: { type: "string" },
    compare: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    io.stdout(USAGE + "\n");
    return 0;
  }
  if (positionals.length !== 1) throw new UserError(`expected one FILE, got ${positionals.length}\n${USAGE}`);
  const [file] = positionals;
  const format = choiceOption("analyze", "format", values.format as string | undefined, FORMATS, "json");
  const options: AnalyzeOptions = {
    by: choiceOption("analyze", "by", values.by as string | undefined, ["member", "role"] as const, "member"),
    ...(values.threshold !== undefined && { threshold: numberOption("analyze", "threshold", values.threshold as string) }),
    ...(values["asymmetry-gap"] !== undefined && { asymmetryGap: numberOption("analyze", "asymmetry-gap", values["asymmetry-gap"] as string) }),
    ...(values.dimension !== undefined && { dimension: values.dimension as string }),
  };
  try {
    resolveOptions("analyze", options);
  } catch (error) {
    throw new UserError((error as Error).message);
  }
  const first = analyseFile(io, file, options);
  if (values.compare !== undefined) {
    const other = values.compare as string;
    const comparison = compareRounds(only(first.results, file), only(analyseFile(io, other, options).results, other));
    if (format === "json") io.stdout(JSON.stringify(comparison, null, 2) + "\n");
    else if (format === "table") io.stdout(comparisonTable(comparison));
    else {
      const cell = (v: number | null) => (v === null ? "" : v);
      const rows = comparison.pairs.map((p) => [p.source, p.target, cell(p.before), cell(p.after), cell(p.change)]);
      io.stdout(csvText([["source", "target", "before", "after", "change"], ...rows], ",", "\n"));
    }
    return 0;
  }
  if (format === "json") io.stdout(JSON.stringify(first.long ? first.results : first.results[0], null, 2) + "\n");
  else if (format === "csv") io.stdout(csvOf(first.results, first.long));
  else io.stdout(first.results.map(resultTable).join("\n"));
  return 0;
}
