// Entry of `npm start`: runs the built server (dist/server/index.js beside this file) under the restarting supervisor.
import { dirname, join } from "node:path";
import { supervise } from "./supervisor.ts";

const heapMb = Number(process.env.LAGET_HEAP_MB ?? 224);
supervise({
  entry: join(dirname(process.argv[1]), "index.js"),
  nodeArgs: ["--enable-source-maps", "--max-semi-space-size=32", `--max-old-space-size=${Number.isFinite(heapMb) && heapMb > 0 ? heapMb : 224}`],
});
