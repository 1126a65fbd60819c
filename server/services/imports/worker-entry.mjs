// Entry of an import worker thread (piscina): loads the TypeScript reading code through tsx and reads one file per task.
import { register } from "tsx/esm/api";

register();
const { prepareImport } = await import("./prepare.ts");

/** One task: says on `started` that the reading begins (the time limit counts from there), then reads the file. */
export default function readImport({ input, started }) {
  started.postMessage("started");
  started.close();
  return prepareImport(input);
}
