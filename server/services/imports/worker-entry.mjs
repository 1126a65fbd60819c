// Entry of an import worker thread (piscina): loads the TypeScript reading code through tsx and hands piscina its function.
import { register } from "tsx/esm/api";

register();
const { prepareImport } = await import("./prepare.ts");

export default prepareImport;
