// Generates a data directory in the file store's own format: cases with open rounds, personal links and answers.
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Round, type AnswerSet, type Rating } from "../domain/index.ts";
import { newCaseDoc, type CaseDoc } from "../server/store/docs.ts";
import { encodeAnswer } from "../server/store/answer-record.ts";
import { encodeLine } from "../server/store/record-lines.ts";
import { RC7_V1 } from "../surveys/rc7.ts";

/** Item ids of the rc7 instrument the generated rounds use, in order. */
export const ITEMS = RC7_V1.items.map((i) => i.id);
const T0 = "2025-01-01T10:00:00.000Z";

export interface DataDirShape {
  cases: number;
  /** Members per case; each rates every other member on the 7 items. */
  members: number;
  /** Fraction of members that already answered (default 1: every member). */
  answered?: number;
}

/** 700 cases × 15 members × 14 targets × 7 items ≈ 1.03 M ratings. */
export const MILLION: DataDirShape = { cases: 700, members: 15 };

/** A respondent seat: its personal token, its browser's device secret and the ids it answers with. */
export interface Seat {
  token: string;
  /** The secret of the device cookie the seat's answers are bound to (server/routes/survey/device.ts). */
  device: string;
  caseId: string;
  roundId: string;
  memberId: string;
  targets: string[];
}

const sha256 = (s: string) => createHash("sha256").update(s).digest();
/** Deterministic 43-character token of member `m` in case `c` (same shape as generateToken()). */
export const seatToken = (c: number, m: number) => sha256(`laget-bench:${c}:${m}`).toString("base64url");
/** Deterministic device secret of member `m` in case `c` (the seat's browser). */
const seatDevice = (c: number, m: number) => sha256(`laget-bench-device:${c}:${m}`).toString("base64url");

/** The Cookie header value a seat's browser sends with its link (its device cookie). */
export const deviceCookie = (seat: Seat) => `laget_device=${seat.device}`;
/** What the store keeps of a seat's device secret: its SHA-256 (hex). */
export const deviceHashOf = (seat: Seat) => sha256(seat.device).toString("hex");

/** The seat of member `m` in case `c`. */
export function seatOf(shape: DataDirShape, c: number, m: number): Seat {
  const targets = Array.from({ length: shape.members }, (_, t) => `c${c}m${t}`).filter((_, t) => t !== m);
  return { token: seatToken(c, m), device: seatDevice(c, m), caseId: `c${c}`, roundId: `c${c}r1`, memberId: `c${c}m${m}`, targets };
}

/** A full set of ratings for a seat; `salt` varies the values so each write can be told apart. */
export function ratingsFor(seat: Seat, salt: number): Rating[] {
  return seat.targets.flatMap((target, t) => ITEMS.map((item, i) => ({ target, item, value: ((salt + t + i) % 5) + 1 })));
}

/** Writes case files (with open rounds and a link per member) and answer snapshots; returns seats and rating count. */
export function writeDataDir(dir: string, shape: DataDirShape): { seats: Seat[]; ratings: number } {
  mkdirSync(join(dir, "cases"), { recursive: true });
  mkdirSync(join(dir, "answers"), { recursive: true });
  const seats: Seat[] = [];
  let ratings = 0;
  for (let c = 0; c < shape.cases; c++) {
    const doc: CaseDoc = newCaseDoc({ id: `c${c}`, code: `Sak-${c}`, district: "Heimdal", unit: "", createdAt: T0 });
    const round = { id: `c${c}r1`, caseId: `c${c}`, name: "Høst", instrumentId: "rc7", instrumentVersion: "1.0.0", status: "open" };
    doc.rounds.push(Round.parse({ ...round, source: "survey", closesAt: null, createdAt: T0, openedAt: T0, closedAt: null }));
    const lines: string[] = [];
    for (let m = 0; m < shape.members; m++) {
      const seat = seatOf(shape, c, m);
      seats.push(seat);
      doc.members.push({ id: seat.memberId, caseId: seat.caseId, role: "PPT", label: "" });
      doc.links.push({ roundId: seat.roundId, memberId: seat.memberId, tokenHash: sha256(seat.token).toString("hex"), issuedAt: T0, openedAt: T0 });
      if (m >= Math.round((shape.answered ?? 1) * shape.members)) continue;
      const answer: AnswerSet = {
        roundId: seat.roundId, memberId: seat.memberId, ratings: ratingsFor(seat, 0), submitted: true, updatedAt: T0, submittedAt: T0,
        deviceHash: deviceHashOf(seat),
      };
      ratings += answer.ratings.length;
      lines.push(encodeLine(encodeAnswer(answer)));
    }
    writeFileSync(join(dir, "cases", `c${c}.json`), JSON.stringify(doc));
    if (lines.length > 0) writeFileSync(join(dir, "answers", `c${c}r1.snap`), lines.join(""));
  }
  return { seats, ratings };
}
