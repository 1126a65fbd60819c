// Fills a PostgreSQL store's tables in bulk (unnest arrays, a few statements per table) with generated cases for the benches.
import { createHash } from "node:crypto";
import pg from "pg";
import { Round, type AnswerSet, type Case, type Link, type Member } from "../domain/index.ts";
import { openPostgresStore } from "../server/store/postgres/index.ts";
import { RC7_V1 } from "../surveys/rc7.ts";
import { prng } from "./fixtures.ts";
import { deviceHashOf, ratingsFor, seatOf, type DataDirShape, type Seat } from "./data-dir.ts";

const T0 = "2025-09-01T10:00:00.000Z";
const ROLES = ["PPT", "HEGE", "KOORD", "SKLær", "BHG", "PSYK", "ØBC", "FYS", "TALE", "SR", "FORÆ", "SKLed"];
const ITEMS = RC7_V1.items.map((i) => i.id);
const BATCH = 2000;

interface Rows {
  cases: Case[];
  members: Member[];
  rounds: Round[];
  links: Link[];
  answers: AnswerSet[];
}

/** Inserts `rows` through the store's own tables (the schema is created by opening the store first). */
async function insert(url: string, rows: Rows): Promise<void> {
  await (await openPostgresStore(url, { max: 2 })).close(); // migrations
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  /** Rows as one json array per statement (no per-character escaping of array parameters). */
  const chunks = async <T>(list: T[], sql: string) => {
    for (let i = 0; i < list.length; i += BATCH) await client.query(sql, [JSON.stringify(list.slice(i, i + BATCH))]);
  };
  try {
    await client.query("begin");
    await chunks(rows.cases, "insert into cases (id, data) select e->>'id', e from json_array_elements($1::json) e");
    await chunks(rows.members, "insert into members (case_id, id, data) select e->>'caseId', e->>'id', e from json_array_elements($1::json) e");
    await chunks(rows.rounds, "insert into rounds (id, case_id, data) select e->>'id', e->>'caseId', e from json_array_elements($1::json) e");
    await chunks(rows.links, "insert into links (round_id, member_id, token_hash, data) select e->>'roundId', e->>'memberId', e->>'tokenHash', e from json_array_elements($1::json) e");
    await chunks(rows.answers, "insert into answers (round_id, member_id, data) select e->>'roundId', e->>'memberId', e from json_array_elements($1::json) e");
    await client.query("commit");
    await client.query("vacuum analyze");
  } finally {
    await client.end();
  }
}

const round = (id: string, caseId: string, name: string, status: "open" | "closed") =>
  Round.parse({ id, caseId, name, instrumentId: "rc7", instrumentVersion: "1.0.0", status, source: "survey", closesAt: null, createdAt: T0, openedAt: T0, closedAt: status === "closed" ? T0 : null });

/** The submit bench's shape (as bench/data-dir.ts writes it for the file store): open rounds, a link per seat, every seat answered. */
export async function loadSubmitData(url: string, shape: DataDirShape): Promise<{ seats: Seat[]; ratings: number }> {
  const rows: Rows = { cases: [], members: [], rounds: [], links: [], answers: [] };
  const seats: Seat[] = [];
  let ratings = 0;
  for (let c = 0; c < shape.cases; c++) {
    rows.cases.push({ id: `c${c}`, code: `Sak-${c}`, district: "Heimdal", unit: "", createdAt: T0 });
    rows.rounds.push(round(`c${c}r1`, `c${c}`, "Høst", "open"));
    for (let m = 0; m < shape.members; m++) {
      const seat = seatOf(shape, c, m);
      seats.push(seat);
      rows.members.push({ id: seat.memberId, caseId: seat.caseId, role: "PPT", label: "" });
      const tokenHash = createHash("sha256").update(seat.token).digest("hex");
      rows.links.push({ roundId: seat.roundId, memberId: seat.memberId, tokenHash, issuedAt: T0, openedAt: T0 });
      if (m >= Math.round((shape.answered ?? 1) * shape.members)) continue;
      const answer: AnswerSet = { roundId: seat.roundId, memberId: seat.memberId, ratings: ratingsFor(seat, 0), submitted: true, updatedAt: T0, submittedAt: T0, deviceHash: deviceHashOf(seat) };
      ratings += answer.ratings.length;
      rows.answers.push(answer);
    }
  }
  await insert(url, rows);
  return { seats, ratings };
}

/**
 * `cases` cases of `members` members (roles drawn from the catalogue) in `districts` districts × 10 units, each
 * with one closed survey round "Høst 2025" in which ~90 % of the members rated every other member on the 7 items.
 */
export async function loadAggregateData(url: string, cases: number, members = 8, districts = 40): Promise<{ ratings: number; answerSets: number }> {
  const rand = prng(2025);
  const rows: Rows = { cases: [], members: [], rounds: [], links: [], answers: [] };
  let ratings = 0;
  for (let c = 0; c < cases; c++) {
    const district = `Bydel ${Math.floor(rand() * districts) + 1}`;
    rows.cases.push({ id: `c${c}`, code: `Sak-${c}`, district, unit: `${district} enhet ${Math.floor(rand() * 10) + 1}`, createdAt: T0 });
    rows.rounds.push(round(`c${c}r1`, `c${c}`, "Høst 2025", "closed"));
    const ids = Array.from({ length: members }, (_, m) => `c${c}m${m}`);
    ids.forEach((id, m) => rows.members.push({ id, caseId: `c${c}`, role: ROLES[(m + Math.floor(rand() * 3)) % ROLES.length], label: "" }));
    for (const rater of ids) {
      if (rand() < 0.1) continue;
      const base = 1 + rand() * 4;
      const set = ids.filter((t) => t !== rater).flatMap((target) =>
        ITEMS.map((item) => ({ target, item, value: rand() < 0.05 ? null : Math.min(5, Math.max(1, Math.round(base + (rand() - 0.5) * 2))) })),
      );
      ratings += set.length;
      rows.answers.push({ roundId: `c${c}r1`, memberId: rater, ratings: set, submitted: true, updatedAt: T0, submittedAt: T0 });
    }
  }
  await insert(url, rows);
  return { ratings, answerSets: rows.answers.length };
}
