// Where the municipality's example matrices live: ../shared/data/seed-cases beside the repository (or SEED_DIR).
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";

export const REPO_DIR = fileURLToPath(new URL("..", import.meta.url));
export const SEED_DIR = process.env.SEED_DIR ?? resolve(REPO_DIR, "../shared/data/seed-cases");

/** Path of seed case n (1–3). */
export const seedFile = (n: number): string => resolve(SEED_DIR, `case-${n}.csv`);
