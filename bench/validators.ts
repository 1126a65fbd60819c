// Validator candidates for the submit body, all from the one domain schema: zod 4 as is, ajv and schemasafe compiled from z.toJSONSchema.
import { validator as schemasafe } from "@exodus/schemasafe";
import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import { z } from "zod";
import { AnswerInput } from "../domain/index.ts";
import { ratingsFor, seatOf, MILLION } from "./data-dir.ts";
import type { BenchCase } from "./types.ts";

/** Bodies validated per timed run: the figure per body is the median divided by this. */
const PER_RUN = 1000;

export function cases(): BenchCase[] {
  const schema = z.toJSONSchema(AnswerInput, { io: "input" });
  const ajv2020 = new Ajv2020({ useDefaults: true }).compile(schema);
  const ajv = new Ajv({ useDefaults: true, allErrors: true }).compile(z.toJSONSchema(AnswerInput, { io: "input", target: "draft-7" }));
  const safeCompiled = schemasafe(schema as never, { useDefaults: true, includeErrors: true });
  const safe = (v: unknown) => safeCompiled(v as never);
  const seat = seatOf(MILLION, 0, 0);
  const good = JSON.stringify({ ratings: ratingsFor(seat, 1), submit: true });
  const bad = JSON.stringify({ ratings: ratingsFor(seat, 1).map((r, i) => (i === 97 ? { ...r, value: 7 } : r)), submit: true });
  /** Validates PER_RUN freshly parsed bodies (parsed outside the timed run, as a request would have them). */
  const run = (text: string, check: (v: unknown) => boolean, expect: boolean) => {
    const bodies = Array.from({ length: PER_RUN }, () => JSON.parse(text) as unknown);
    return () => {
      for (const body of bodies) if (check(body) !== expect) throw new Error("validator disagrees");
    };
  };
  const parse = () => {
    for (let i = 0; i < PER_RUN; i++) JSON.parse(good);
  };
  return [
    { name: `JSON.parse alone ×${PER_RUN} (98 ratings, 4.7 KB), for scale`, run: parse, minRuns: 30 },
    { name: `zod 4 safeParse ×${PER_RUN}, valid`, run: run(good, (v) => AnswerInput.safeParse(v).success, true), minRuns: 30 },
    { name: `ajv 8 (2020-12) compiled from z.toJSONSchema ×${PER_RUN}, valid`, run: run(good, (v) => ajv2020(v), true), minRuns: 30 },
    { name: `ajv 8 (draft 7, all errors) compiled from z.toJSONSchema ×${PER_RUN}, valid`, run: run(good, (v) => ajv(v), true), minRuns: 30 },
    { name: `schemasafe compiled from z.toJSONSchema ×${PER_RUN}, valid`, run: run(good, (v) => safe(v), true), minRuns: 30 },
    { name: `zod 4 safeParse ×${PER_RUN}, last value 7`, run: run(bad, (v) => AnswerInput.safeParse(v).success, false), minRuns: 30 },
    { name: `ajv 8 ×${PER_RUN}, last value 7`, run: run(bad, (v) => ajv(v), false), minRuns: 30 },
    { name: `schemasafe ×${PER_RUN}, last value 7`, run: run(bad, (v) => safe(v), false), minRuns: 30 },
  ];
}
