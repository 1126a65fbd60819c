// The part of an import that reads the file: parse and plan, with no store access (it runs in the import worker).
import type { Case, Member } from "../../../domain/index.ts";
import { parseUpload, type Upload } from "./parse.ts";
import { planImport, type ImportOptions, type ImportPlan } from "./plan.ts";
import type { ImportProblem } from "./problems.ts";

/** Everything the reading needs, as plain data (it crosses to a worker thread). */
export interface PrepareInput {
  upload: Upload;
  kase: Case;
  /** The case's members when the import started (read under the case's import lock). */
  members: Member[];
  options: ImportOptions;
  /** The clock's time, ISO 8601 (the round's dates). */
  now: string;
}

/** The file as read: name, format, worksheet and SHA-256 of its bytes. */
export interface PreparedFile {
  name: string;
  kind: "csv" | "xlsx";
  sheet?: string;
  sha256: string;
}

/** What reading the file gave: a plan to write, or the problems that refuse the file. */
export type Prepared = { file: PreparedFile; plan: ImportPlan } | { problems: ImportProblem[] };

/** Parses the upload and plans the import (nothing is written). The instrument must exist (checked by the caller). */
export async function prepareImport(input: PrepareInput): Promise<Prepared> {
  const parsed = await parseUpload(input.upload);
  if ("problems" in parsed) return parsed;
  const { file } = parsed;
  const planned = planImport(file, input.kase, input.members, input.options, new Date(input.now));
  if ("problems" in planned) return planned;
  return { file: { name: file.name, kind: file.kind, ...(file.sheet !== undefined && { sheet: file.sheet }), sha256: file.hash }, plan: planned.plan };
}
