// `convert FILE --to FORMAT [-o OUT]`: analyse a matrix or long CSV and write it in one export format.
import { writeFileSync } from "node:fs";
import { basename } from "node:path";
import type { CliIo } from "../command.ts";
import { UserError } from "../command.ts";
import { choiceOption, numberOption, parseCommandArgs } from "../args.ts";
import { analyze, type AnalyzeInput } from "../../analysis/analyze.ts";
import type { AnalyzeOptions } from "../../analysis/options.ts";
import { matrixToInput } from "../../analysis/matrix.ts";
import { parseCsv } from "../../analysis/csv/detect.ts";
import { EXPORT_FORMATS, exportResult, type ExportMeta } from "../../analysis/export/index.ts";
import { DEFAULT_INSTRUMENT_ID, getInstrument } from "../../surveys/index.ts";

export const summary = "convert a matrix or long CSV to csv, csv-long, csv-nb, xlsx, graphml, gexf, dl, pajek or json";

const USAGE =
  "usage: convert FILE --to FORMAT [-o OUT] [--by member|role] [--threshold 3.5] [--dimension ID]\n" +
  "               [--case CODE] [--district NAME] [--round NAME] [--instrument ID] [--instrument-version V]\n" +
  `FORMAT: ${EXPORT_FORMATS.join(", ")} (xlsx needs -o)`;

/** One analysis input from the file; a long CSV must hold exactly one case and round. */
function readInput(io: CliIo, file: string): { input: AnalyzeInput; case?: string; round?: string } {
  const parsed = parseCsv(io.readFile(file), file);
  if (parsed.format === "matrix") return { input: matrixToInput(parsed.matrix) };
  if (parsed.groups.length !== 1) {
    throw new UserError(`${file} holds ${parsed.groups.length} case/round groups; convert takes one (filter the file first).`);
  }
  const [g] = parsed.groups;
  return { input: g.input, case: g.case, round: g.round };
}

/** Writes the output file; a bad path (missing folder, a directory, no permission) is a user error. */
function writeOut(path: string, body: string | Uint8Array): void {
  try {
    writeFileSync(path, body);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such folder" : code === "EISDIR" ? "is a directory" : code === "EACCES" || code === "EPERM" ? "permission denied" : (error as Error).message;
    throw new UserError(`cannot write ${path}: ${why}`);
  }
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("convert", args, {
    to: { type: "string" }, out: { type: "string", short: "o" }, by: { type: "string" }, threshold: { type: "string" },
    dimension: { type: "string" }, case: { type: "string" }, district: { type: "string" }, round: { type: "string" },
    instrument: { type: "string" }, "instrument-version": { type: "string" }, help: { type: "boolean", short: "h" },
  });
  const str = (k: keyof typeof values) => values[k] as string | undefined;
  if (values.help) return (io.stdout(USAGE + "\n"), 0);
  if (positionals.length !== 1) throw new UserError(`expected one FILE, got ${positionals.length}\n${USAGE}`);
  if (str("to") === undefined) throw new UserError(`--to FORMAT is required\n${USAGE}`);
  const format = choiceOption("convert", "to", str("to"), EXPORT_FORMATS, "json");
  const out = str("out");
  if (format === "xlsx" && out === undefined) throw new UserError("--to xlsx writes a binary file; give -o OUT.");
  const [file] = positionals;
  const source = readInput(io, file);
  const options: AnalyzeOptions = {
    by: choiceOption("convert", "by", str("by"), ["member", "role"] as const, "member"),
    ...(str("threshold") !== undefined && { threshold: numberOption("convert", "threshold", str("threshold")) }),
    ...(str("dimension") !== undefined && { dimension: str("dimension") }),
  };
  let result;
  try {
    result = analyze(source.input, options);
  } catch (error) {
    throw new UserError(`${file}: ${(error as Error).message}`);
  }
  // A matrix file names no case or round: the file name stands in, so csv-long can be read back by analyze and import.
  const stem = basename(file).replace(/\.[^.]*$/, "") || "laget";
  const code = str("case") ?? source.case ?? stem;
  const meta: ExportMeta = {
    instrument: { id: str("instrument") ?? DEFAULT_INSTRUMENT_ID, version: str("instrument-version") ?? getInstrument(DEFAULT_INSTRUMENT_ID)!.version },
    round: { name: str("round") ?? source.round ?? stem },
    ...(code !== undefined && { case: { code, district: str("district") ?? "" } }),
    threshold: result.threshold,
    dimension: result.dimension ?? str("dimension") ?? "all",
    generatedAt: new Date().toISOString(),
  };
  const exported = await exportResult(format, result, meta);
  if (out !== undefined) writeOut(out, exported.body);
  else io.stdout(exported.body as string);
  return 0;
}
