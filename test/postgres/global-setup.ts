// Vitest global setup: one real PostgreSQL server for the whole run; tests make their own databases in it (see ./db.ts).
import type { TestProject } from "vitest/node";
import { startCluster } from "./cluster.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Superuser URL of the test run's PostgreSQL server. */
    postgresAdminUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startCluster();
  project.provide("postgresAdminUrl", cluster.adminUrl);
  return () => cluster.destroy();
}
