// Answer sets as stored records: the AnswerSet as JSON with each rating as a [target, item, value] tuple (about half the size).
import { AnswerSet, type Rating } from "../../domain/index.ts";
import { compileSchema } from "../../domain/compiled.ts";

/** A record as written: the answer set with tuples for ratings. */
interface AnswerRecord extends Omit<AnswerSet, "ratings"> {
  ratings: [target: string, item: string, value: number | null][];
}

/** The record JSON of an answer set: the one encoding, made once per save. */
export function encodeAnswer(a: AnswerSet): string {
  const record: AnswerRecord = {
    roundId: a.roundId, memberId: a.memberId, submitted: a.submitted, updatedAt: a.updatedAt, submittedAt: a.submittedAt,
    ...(a.deviceHash === undefined ? {} : { deviceHash: a.deviceHash }),
    ...(a.showInMeeting === undefined ? {} : { showInMeeting: a.showInMeeting }),
    ratings: a.ratings.map((r) => [r.target, r.item, r.value]),
  };
  return JSON.stringify(record);
}

/** Reads record JSON written by {@link encodeAnswer} (or the older object form); trusts it (the store wrote it). */
export function decodeAnswer(json: string): AnswerSet {
  const raw = JSON.parse(json) as Omit<AnswerSet, "ratings"> & { ratings: (Rating | AnswerRecord["ratings"][number])[] };
  const ratings = raw.ratings.map((r): Rating => (Array.isArray(r) ? { target: r[0], item: r[1], value: r[2] } : { target: r.target, item: r.item, value: r.value }));
  return {
    roundId: raw.roundId, memberId: raw.memberId, ratings, submitted: raw.submitted, updatedAt: raw.updatedAt, submittedAt: raw.submittedAt ?? null,
    ...(raw.deviceHash === undefined ? {} : { deviceHash: raw.deviceHash }),
    ...(raw.showInMeeting === undefined ? {} : { showInMeeting: raw.showInMeeting }),
  };
}

/** AnswerSet as generated code, for files read at start-up (a hand-edited record with a valid checksum must not slip in). */
const checkAnswerSet = compileSchema(AnswerSet);

/** Parses and checks record JSON at start-up; throws SyntaxError, or an Error naming the dotted path of the first problem. */
export function parseAnswerRecord(json: string): AnswerSet {
  const raw = JSON.parse(json) as { ratings?: unknown } | null;
  const tuples = raw?.ratings;
  const value = Array.isArray(tuples) ? { ...raw, ratings: tuples.map((r: unknown) => (Array.isArray(r) ? { target: r[0], item: r[1], value: r[2] } : r)) } : raw;
  const checked = checkAnswerSet(value);
  if (checked.success) return checked.data;
  const issue = checked.issues[0];
  throw new Error(`not a valid answer set at ${issue.path || "top level"}: ${issue.message}`);
}
