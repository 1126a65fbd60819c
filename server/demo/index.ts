// Demo data on first start: the three example cases as imported rounds, plus a demo case with an open survey round.
import type { Case, IssuedLink, Round } from "../../domain/index.ts";
import { createCase } from "../services/cases/index.ts";
import { LOCAL_ADMIN, type ServiceContext } from "../services/context.ts";
import { addMember } from "../services/members/index.ts";
import { createRound, openRound } from "../services/rounds/index.ts";
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

/** Seeds an empty store through the services; seed files are matched by their number (case-1.csv → "Sak 1"). */
export async function seedDemo(ctx: ServiceContext, seedFiles: SeedFile[]): Promise<DemoResult> {
  if ((await ctx.store.listCases()).length > 0) return { seeded: false, cases: [], links: [] };
  const cases: Case[] = [];
  for (const file of seedFiles) {
    const n = Number(/(\d+)/.exec(file.name)?.[1] ?? cases.length + 1);
    const district = SEED_DISTRICTS[(n - 1) % SEED_DISTRICTS.length];
    cases.push(await importSeedCase(ctx, { code: `Sak ${n}`, district, unit: "Eksempel fra «Tre saker – ulik hjelp?»", text: file.text, fileName: file.name }));
  }
  const demo = await createCase(ctx, LOCAL_ADMIN, { code: "Demo", district: "Midtbyen", unit: "Demoskolen" });
  for (const role of DEMO_ROLES) await addMember(ctx, demo, { role, label: "" });
  // The demo round shows every form: the team's, the family's (the FORÆ seat) and the child's (8–12).
  const voices = { family: { include: true }, child: { include: true, version: "8-12" as const } };
  const draft = await createRound(ctx, demo, { name: "Demo-runde", instrumentId: "rc7", closesAt: null, ...voices });
  const { round, links } = await openRound(ctx, draft);
  cases.push(demo);
  return { seeded: true, cases, links, demoRound: round };
}
