// Starts a real PostgreSQL server (Debian's binaries) in a temp directory on a free port; for tests and the bench.
import { spawn, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { freePort } from "../../bench/server-process.ts";

/** Where Debian's `postgresql` package puts the server binaries (newest version first). */
export function postgresBinDir(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => /^\d+$/.test(v) && existsSync(join(root, v, "bin", "initdb")));
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  return newest === undefined ? undefined : join(root, newest, "bin");
}

/** Installs Debian's postgresql with apt when the binaries are missing and we are root; otherwise says how. */
export function ensurePostgresInstalled(): string {
  const found = postgresBinDir();
  if (found) return found;
  if (process.getuid?.() !== 0) {
    throw new Error("PostgreSQL is missing (/usr/lib/postgresql/*/bin); the PostgreSQL tests need it. Install it with: sudo apt-get install -y postgresql");
  }
  console.log("postgres setup: installing Debian's postgresql with apt-get (first run only)…");
  for (const args of [["update", "-qq"], ["install", "-y", "-qq", "--no-install-recommends", "postgresql"]]) {
    const run = spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (run.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed; install it by hand: apt-get install -y postgresql`);
  }
  const bin = postgresBinDir();
  if (!bin) throw new Error("apt-get installed postgresql but no /usr/lib/postgresql/*/bin/initdb was found");
  return bin;
}

export interface Cluster {
  port: number;
  /** URL of the `postgres` database as the superuser (trust authentication on 127.0.0.1). */
  adminUrl: string;
  dir: string;
  /** URL of a new, empty database (for one test or one bench run). */
  createDatabase(prefix?: string): Promise<string>;
  /** pg_ctl stop; "immediate" is a crash stop (recovery from the WAL on the next start). Does not block the event loop. */
  stop(mode?: "fast" | "immediate"): Promise<void>;
  /** pg_ctl start, resolved once the server accepts connections. Does not block the event loop. */
  start(): Promise<void>;
  /** Stops (if running) and removes the directory. */
  destroy(): Promise<void>;
}

/** Runs a server binary, as the `postgres` user when we are root (initdb and postgres refuse root). */
function runBin(bin: string, tool: string, args: string[]): Promise<void> {
  const asRoot = process.getuid?.() === 0;
  const [cmd, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", join(bin, tool), ...args]] : [join(bin, tool), args];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { env: { ...process.env, LC_ALL: "C.UTF-8" }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${tool} ${args.join(" ")} failed (${code}):\n${out}`))));
  });
}

let databases = 0;

/** Creates a new, empty database through the superuser URL `adminUrl`; returns its URL. */
export async function createDatabase(adminUrl: string, prefix = "laget"): Promise<string> {
  const name = `${prefix}_${process.pid}_${++databases}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  return adminUrl.replace(/\/postgres$/, `/${name}`);
}

/**
 * initdb in a fresh temp dir (trust auth, UTF-8), then starts the server on a free port with fsync on (commits
 * are durable, as in production) and room for the benchmark's connections.
 */
export async function startCluster(options: { maxConnections?: number } = {}): Promise<Cluster> {
  const bin = ensurePostgresInstalled();
  const dir = mkdtempSync(join(tmpdir(), "laget-pg-"));
  if (process.getuid?.() === 0) {
    const { uid, gid } = postgresIds();
    chownSync(dir, uid, gid);
  }
  const data = join(dir, "data");
  await runBin(bin, "initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const port = await freePort();
  const settings = [
    `-p ${port}`, `-k ${dir}`, "-c listen_addresses=127.0.0.1", `-c max_connections=${options.maxConnections ?? 300}`,
    "-c shared_buffers=128MB", "-c fsync=on", "-c synchronous_commit=on",
  ].join(" ");
  let running = false;
  const cluster: Cluster = {
    port, dir,
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    createDatabase: (prefix) => createDatabase(cluster.adminUrl, prefix),
    start: async () => {
      await runBin(bin, "pg_ctl", ["-D", data, "-l", join(dir, "server.log"), "-o", settings, "-w", "-t", "60", "start"]);
      running = true;
    },
    stop: async (mode = "fast") => {
      await runBin(bin, "pg_ctl", ["-D", data, "-m", mode, "-w", "-t", "60", "stop"]);
      running = false;
    },
    destroy: async () => {
      if (running) await cluster.stop("immediate").catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}

/** uid and gid of the `postgres` system user. */
function postgresIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(spawnSync("id", [flag, "postgres"], { encoding: "utf8" }).stdout.trim());
  const uid = id("-u");
  if (!Number.isInteger(uid) || uid <= 0) throw new Error("The postgres system user is missing (it comes with Debian's postgresql package)");
  return { uid, gid: id("-g") };
}
