import { readFileSync } from "node:fs";
import { analyze, parseMatrixCsv, matrixToInput } from "./analysis/index.ts";
for (const c of [1,2,3]) {
  const f = `/work/shared/data/seed-cases/case-${c}.csv`;
  const m = parseMatrixCsv(readFileSync(f, "utf8"), f);
  const r = analyze(matrixToInput(m));
  console.log(c, JSON.stringify(r.summary), JSON.stringify(r.weakLinks.map(w=>`${w.source}>${w.target}:${w.score}`)));
  if (c===3) console.log(JSON.stringify(r.nodes), JSON.stringify(r.asymmetries));
}
