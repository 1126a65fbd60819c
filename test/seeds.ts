// The example matrices shipped with the repository (examples/, or SEED_DIR): seed cases 1–3.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";

export const REPO_DIR = fileURLToPath(new URL("..", import.meta.url));
export const SEED_DIR = process.env.SEED_DIR ?? resolve(REPO_DIR, "examples");

/** Path of seed case n (1–3). */
export const seedFile = (n: number): string => resolve(SEED_DIR, `case-${n}.csv`);

/** The three seed files as the demo seeder takes them. */
export const seedFiles = (): { name: string; text: string }[] =>
  [1, 2, 3].map((n) => ({ name: `case-${n}.csv`, text: readFileSync(seedFile(n), "utf8") }));
