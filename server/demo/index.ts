// Demo data on first start: the three seed cases as imported rounds, plus a demo case with an open survey round.
import { Case, Member, type Round } from "../../domain/index.ts";
import { newRound, openRound, type IssuedLink } from "../routes/rounds/service.ts";
import { newId } from "../security/tokens.ts";
import type { Store } from "../store/types.ts";
import { importSeedCase } from "./seed-case.ts";

/** A seed matrix file as read by the caller (server/index.ts owns the file system). */
export interface SeedFile {
  name: string;
  text: string;
}

export interface DemoResult {
  /** False when the store already had cases (nothing was touched). */
  seeded: boolean;
  cases: Case[];
  /** The demo round's personal links; shown once, print them. */
  links: IssuedLink[];
  demoRound?: Round;
}

/** Districts of seed cases 1, 2, 3. */
const SEED_DISTRICTS = ["Heimdal", "Lerkendal", "Østbyen"];
const DEMO_ROLES = ["KOORD", "SKLær", "PPT", "FORÆ"];

/** Seeds an empty store; seed files are matched by their number (case-1.csv → "Sak 1"). */
export async function seedDemo(store: Store, opts: { seedFiles: SeedFile[]; baseUrl: string; now: Date }): Promise<DemoResult> {
  if ((await store.listCases()).length > 0) return { seeded: false, cases: [], links: [] };
  const cases: Case[] = [];
  for (const file of opts.seedFiles) {
    const n = Number(/(\d+)/.exec(file.name)?.[1] ?? cases.length + 1);
    const district = SEED_DISTRICTS[(n - 1) % SEED_DISTRICTS.length];
    cases.push(await importSeedCase(store, { code: `Sak ${n}`, district, unit: "Eksempel fra «Tre saker – ulik hjelp?»", text: file.text, fileName: file.name }, opts.now));
  }
  const demo = Case.parse({ id: newId(), code: "Demo", district: "Midtbyen", unit: "Demoskolen", createdAt: opts.now.toISOString() });
  await store.putCase(demo);
  for (const role of DEMO_ROLES) await store.putMember(Member.parse({ id: newId(), caseId: demo.id, role, label: "" }));
  // The demo round shows every form: the team's, the family's (the FORÆ seat) and the child's (8–12).
  const voices = { family: { include: true }, child: { include: true, version: "8-12" as const } };
  const draft = newRound(demo.id, { name: "Demo-runde", instrumentId: "rc7", closesAt: null, ...voices }, "survey", opts.now);
  await store.putRound(draft);
  const { round, links } = await openRound(store, draft, opts.baseUrl, opts.now);
  cases.push(demo);
  return { seeded: true, cases, links, demoRound: round };
}
