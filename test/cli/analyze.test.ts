// `analyze` command: seed files in every format, long CSV, --compare, and user errors with exit code 2.
import { seedFile } from "../seeds.ts";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main } from "../../cli/index.ts";
import { processIo, type CliIo } from "../../cli/command.ts";

const SEED = seedFile;
const LONG = [
  "case,round,rater_id,rater_role,target_id,target_role,item,value",
  "K1,autumn,a,SR,b,PPT,frequent,3",
  "K1,autumn,b,PPT,a,SR,frequent,5",
  "K1,spring,a,SR,b,PPT,frequent,4",
].join("\n");

/** Run the CLI in-process with in-memory files next to the real ones. */
async function cli(args: string[], files: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readFile: (p) => files[p] ?? processIo.readFile(p),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe("analyze", () => {
  it.each([1, 2, 3])("prints the analysis JSON of seed case %i", async (n) => {
    const { code, stdout, stderr } = await cli(["analyze", SEED(n)]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(JSON.parse(stdout)).toHaveProperty("summary.nodes", n === 3 ? 5 : 6);
  });
  it("prints case 3 with the numbers of docs/design.md in full precision", async () => {
    const r = JSON.parse((await cli(["analyze", SEED(3)])).stdout);
    expect(r.summary).toMatchObject({ nodes: 5, raters: 4, responseRate: 0.8, weakShare: 0.5625, meanScore: 3.00625, alpha: null });
    expect(r.weakLinks[0]).toEqual({ source: "HEGE", target: "PSYK", score: 1 });
  });
  it("prints a table with weak cells marked and weak links listed", async () => {
    const { stdout } = await cli(["analyze", SEED(3), "--format", "table"]);
    expect(stdout).toMatch(/HEGE\s+·\s+1\.00\*\s+1\.00\*\s+1\.80\*\s+5\.00/);
    expect(stdout).toMatch(/PSYK \(no answers\)/);
    expect(stdout).toMatch(/Weak links \(9\):\n {2}HEGE → PSYK {2}1\.00/);
  });
  it("prints the matrix CSV, unchanged for a seed file", async () => {
    const { stdout } = await cli(["analyze", SEED(3), "--format", "csv"]);
    expect(stdout).toBe(readFileSync(SEED(3), "utf8").replace(/(\d)\.0(?=[,\n])/g, "$1"));
  });
  it("takes --threshold (decimal comma too), --by role and --dimension", async () => {
    const r = JSON.parse((await cli(["analyze", SEED(3), "--threshold", "2,0", "--by", "role"])).stdout);
    expect(r.threshold).toBe(2);
    expect(r.weakLinks).toHaveLength(7); // 1, 1, 1.5, 1.5, 1.8, 1.8, 2
    const long = JSON.parse((await cli(["analyze", "l.csv", "--dimension", "frequent"], { "l.csv": LONG })).stdout);
    expect(long.map((x: { case: string; round: string }) => `${x.case}/${x.round}`)).toEqual(["K1/autumn", "K1/spring"]);
    expect(long[0].weakLinks).toEqual([{ source: "a", target: "b", score: 3 }]);
  });
  it("compares two rounds", async () => {
    const files = { "b.csv": "rater\\rated,A,B\nA,,3\nB,4,\n", "a.csv": "rater\\rated,A,B\nA,,4\nB,3,\n" };
    const c = JSON.parse((await cli(["analyze", "b.csv", "--compare", "a.csv"], files)).stdout);
    expect(c.weakClosed).toEqual([{ source: "A", target: "B", before: 3, after: 4 }]);
    expect(c.weakOpened).toEqual([{ source: "B", target: "A", before: 4, after: 3 }]);
    expect((await cli(["analyze", "b.csv", "--compare", "a.csv", "--format", "csv"], files)).stdout).toBe("source,target,before,after,change\nA,B,3,4,1\nB,A,4,3,-1\n");
  });
  it("--compare --format csv neutralises labels that would start a formula, negative changes stay numbers", async () => {
    const files = { "b.csv": "rater\\rated,=A1,@B\n=A1,,3\n@B,4,\n", "a.csv": "rater\\rated,=A1,@B\n=A1,,4\n@B,3.5,\n" };
    expect((await cli(["analyze", "b.csv", "--compare", "a.csv", "--format", "csv"], files)).stdout).toBe(
      "source,target,before,after,change\n'=A1,'@B,3,4,1\n'@B,'=A1,4,3.5,-0.5\n",
    );
  });
  it("a long file with the default instrument's item ids gets its subscores from the instrument definition", async () => {
    const items = { frequent: 5, timely: 4, accurate: 4, problemSolving: 3, sharedGoals: 2, sharedKnowledge: 2, mutualRespect: 5 };
    // Rows in another order than the instrument's: the groups decide, not the positions.
    const rows = Object.entries(items).reverse().map(([item, v]) => `K,R,a,SR,b,PPT,${item},${v}`);
    const file = { "i.csv": [LONG.split("\n")[0], ...rows].join("\n") };
    const score = async (dimension: string) => JSON.parse((await cli(["analyze", "i.csv", "--dimension", dimension], file)).stdout)[0].edges[0].score;
    expect(await score("communication")).toBe(4); // (5 + 4 + 4 + 3) / 4
    expect(await score("relationship")).toBe(3); // (2 + 2 + 5) / 3
  });
  it.each([
    [["analyze", "bad.csv"], /bad\.csv:3:2: "x" is not a number/],
    [["analyze", "missing.csv"], /cannot read missing\.csv: no such file/],
    [["analyze", SEED(3), "--threshold", "9"], /option "threshold" must be a number from 1 to 5/],
    [["analyze", SEED(3), "--format", "xml"], /--format must be one of json, csv, table/],
    [["analyze", SEED(3), "--dimension", "timely"], /option "dimension"/],
    [["analyze", SEED(3), "--nope"], /Unknown option '--nope'/],
    [["analyze"], /expected one FILE/],
    [["frobnicate"], /unknown command "frobnicate"/],
  ])("exits 2 without a stack trace on %j", async (args, message) => {
    const { code, stderr, stdout } = await cli(args, { "bad.csv": "rater\\rated,A,B\nA,,4\nB,x,\n" });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
  it("runs as `npm run cli` with exit code 2 for a bad file", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "cli/index.ts", "analyze", "test/cli/no-such-file.csv"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^laget analyze: cannot read test\/cli\/no-such-file\.csv: no such file\n$/);
  });
});
