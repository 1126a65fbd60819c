// Deleting a case in PostgreSQL removes every row that holds any of it, in every table, in one transaction.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { openPostgresStore } from "../../../../server/store/postgres/index.ts";
import { freshDatabase } from "../../../postgres/db.ts";
import { KEEP_SEATS, VICTIM, keepAnswer, seedErasureCases, victimAnswers, victimNeedles } from "../erasure-data.ts";
import { hashOf } from "../sample-data.ts";

/** Every row of every table in the public schema, as text. */
async function dumpTables(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (await client.query<{ name: string }>("select tablename as name from pg_tables where schemaname = 'public'")).rows;
    const parts: string[] = [];
    for (const { name } of tables) {
      for (const row of (await client.query<{ t: string }>(`select t::text as t from "${name}" t`)).rows) parts.push(`${name}: ${row.t}`);
    }
    return parts.join("\n");
  } finally {
    await client.end();
  }
}

describe("PostgreSQL case deletion", () => {
  it("leaves no row with the case's code, labels, round names, ids, link hashes, answers, derived results or link counters", async () => {
    const url = await freshDatabase();
    const store = await openPostgresStore(url, { max: 3 });
    try {
      await seedErasureCases(store);
      const answers = victimAnswers(20);
      for (const a of answers) await store.putAnswer(a);
      for (const seat of KEEP_SEATS) await store.putAnswer(keepAnswer(seat, 3));
      const rounds = await store.listRounds(VICTIM);
      await store.derivePerRound("erasure-test", rounds, async (r, reader) => ({ answers: (await reader.listAnswers(r.id)).length, name: r.name }));
      await store.counters.hit(`survey-write:w:${hashOf("victim-token-victim-m0")}`, 1, 60_000, Date.now());
      const needles = victimNeedles(answers).filter((n) => !n.startsWith("{")).map((n) => n.replaceAll('"', ""));
      const before = await dumpTables(url);
      expect(needles.filter((n) => !before.includes(n)), "every needle is stored before").toEqual([]);

      await store.deleteCase(VICTIM);
      const after = await dumpTables(url);
      expect(needles.filter((n) => after.includes(n))).toEqual([]);
      expect(after).toContain("Behold-1");
      for (const seat of KEEP_SEATS) expect(await store.getAnswer("keep-r1", seat)).toEqual(keepAnswer(seat, 3));
    } finally {
      await store.close();
    }
  });
});
