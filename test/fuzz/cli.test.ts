// Fuzzes the CLI: random files and arguments → exit 0 or 2 with one message line, never a stack trace (in-process and spawned).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../cli/index.ts";
import { UserError, type CliIo } from "../../cli/command.ts";
import { report } from "./check.ts";

const dir = mkdtempSync(join(tmpdir(), "laget-cli-fuzz-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SEED = "rater\\rated,PPT,HEGE,SR\nPPT,,4,3.5\nHEGE,2,,5\nSR,4,1,\n";
const LONG = "case,round,rater_id,rater_role,target_id,target_role,item,value\nA,1,a,PPT,b,HEGE,frequent,4\nA,1,b,HEGE,a,PPT,frequent,2\n";
const fileText = fc.oneof(
  fc.constantFrom(SEED, LONG, SEED.replace(/,/g, ";"), "", "\uFEFF", "a", "rater\\rated\n", LONG + "B,2,a,PPT,a,PPT,x,9\n"),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.tuple(fc.constantFrom(SEED, LONG), fc.nat(200), fc.string({ maxLength: 5 })).map(([s, i, x]) => s.slice(0, i) + x + s.slice(i)),
);
const OPTIONS = ["--by", "--threshold", "--asymmetry-gap", "--dimension", "--format", "--compare", "--to", "-o", "--case", "--round", "--help", "--nope", "-x"];
const VALUES = ["member", "role", "3.5", "4,0", "abc", "-1", "99", "NaN", "json", "csv", "table", "xlsx", "graphml", "gexf", "dl", "pajek", "csv-nb", "frequent", "", "in.csv", "/nonexistent/dir/out.x"];
const argv = fc.tuple(
  fc.constantFrom("analyze", "convert", "analyze", "convert", "help", "nope", "token", "user"),
  fc.array(fc.oneof(fc.constantFrom(...OPTIONS), fc.constantFrom(...VALUES), fc.string({ maxLength: 6 })), { maxLength: 7 }),
  fc.boolean(),
).map(([cmd, rest, withFile]) => [cmd, ...(withFile ? ["in.csv"] : []), ...rest]);

/** Runs main() in-process on a virtual file system; returns exit code and what went to stderr. */
async function runInProcess(args: string[], files: Record<string, string>) {
  let stderr = "";
  const io: CliIo = {
    stdout: () => {},
    stderr: (t) => void (stderr += t),
    readFile: (p) => {
      if (!Object.hasOwn(files, p)) throw new UserError(`cannot read ${p}: no such file`);
      return files[p];
    },
  };
  // token/user would open the real data store; they are fuzzed for argument errors only.
  const safe = args[0] === "token" || args[0] === "user" ? [args[0], "--nope"] : args.map((a) => (a.startsWith("/nonexistent") ? join(dir, "missing", "out.x") : a));
  const code = await main(safe, io);
  return { code, stderr, args: safe };
}

describe("fuzzing the CLI", () => {
  it("in-process: 1500 random command lines and files exit 0 or 2 with no stack trace", async () => {
    const codes: Record<number, number> = {};
    await fc.assert(
      fc.asyncProperty(argv, fileText, fileText, async (args, a, b) => {
        const r = await runInProcess(args, { "in.csv": a, "other.csv": b, "--compare": b });
        codes[r.code] = (codes[r.code] ?? 0) + 1;
        expect([0, 2], `${JSON.stringify(r.args)} → ${r.code}: ${r.stderr.slice(0, 400)}`).toContain(r.code);
        expect(r.stderr).not.toMatch(/\n\s+at /);
        if (r.code === 2) expect(r.stderr.trim().split("\n")[0].length).toBeGreaterThan(0);
      }),
      { numRuns: 1500 },
    );
    report(`[fuzz] cli in-process: 1500 runs, exit codes ${JSON.stringify(codes)}`);
  }, 120_000);

  it("convert with a valid file and a bad output path is a one-line user error (exit 2)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("json", "graphml", "xlsx", "csv-nb"), fc.constantFrom(dir, join(dir, "missing", "x.out"), "/proc/laget-no-write"), async (to, out) => {
        const r = await runInProcess(["convert", "in.csv", "--to", to, "-o", out], { "in.csv": SEED });
        expect(r.code, r.stderr).toBe(2);
        expect(r.stderr).toMatch(/^laget convert: cannot write .+\n$/);
      }),
      { numRuns: 12 },
    );
  });

  it("spawned: 8 runs with random files through the real entry point", () => {
    const samples = fc.sample(fc.tuple(fileText, fc.constantFrom(["analyze"], ["analyze", "--format", "table"], ["convert", "--to", "graphml"], ["convert", "--to", "xlsx", "-o", join(dir, "no", "such", "x.xlsx")])), { numRuns: 8, seed: 42 });
    const codes: number[] = [];
    samples.forEach(([text, [cmd, ...rest]], i) => {
      const file = join(dir, `in-${i}.csv`);
      writeFileSync(file, text);
      const r = spawnSync(process.execPath, ["--import", "tsx", "cli/index.ts", cmd, file, ...rest], { encoding: "utf8", timeout: 20_000 });
      codes.push(r.status ?? -1);
      expect([0, 2], `${cmd} ${rest.join(" ")} on ${JSON.stringify(text).slice(0, 100)} → ${r.status}: ${r.stderr}`).toContain(r.status);
      expect(r.stderr).not.toMatch(/\n\s+at |unexpected error/);
      if (r.status === 2) expect(r.stderr.trim().split("\n")).toHaveLength(1);
    });
    report(`[fuzz] cli spawned: 8 runs, exit codes ${codes.join(",")}`);
  }, 120_000);
});
