// `store copy --from DIR|URL --to DIR|URL`: moves an installation between a data folder and a PostgreSQL database.
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { StoreCorruptError, StoreLockedError, openFileStore, type Store } from "../../server/store/index.ts";
import { copyStore } from "../../server/store/postgres/copy.ts";
import { openPostgresStore } from "../../server/store/postgres/index.ts";
import { parseCommandArgs } from "../args.ts";
import { UserError, type CliIo } from "../command.ts";

export const summary = "copy a whole installation between a data folder and a PostgreSQL database (store copy --from … --to …)";

const USAGE = "usage: store copy --from DIR|postgres://… --to DIR|postgres://…   (stop the servers first; the target must be empty)";

const isUrl = (spec: string) => /^postgres(ql)?:\/\//.test(spec);
/** A location for messages: a folder as given, a URL without its password. */
const shown = (spec: string) => (isUrl(spec) ? spec.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@") : resolve(spec));

/** Opens the store at `spec`; a source folder must exist already. */
async function openAt(spec: string, mustExist: boolean): Promise<Store> {
  try {
    if (isUrl(spec)) return await openPostgresStore(spec, { max: 4 });
    const dir = resolve(spec);
    if (mustExist && !(existsSync(dir) && statSync(dir).isDirectory())) throw new UserError(`store copy: no data folder ${dir}`);
    return await openFileStore(dir);
  } catch (error) {
    if (error instanceof StoreLockedError || error instanceof StoreCorruptError) throw new UserError(`store copy: ${error.message}`, 1);
    if (error instanceof UserError) throw error;
    throw new UserError(`store copy: cannot open ${shown(spec)}: ${(error as Error).message}`, 1);
  }
}

async function copy(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs("store copy", args, { from: { type: "string" }, to: { type: "string" } });
  if (!values.from || !values.to) throw new UserError(`store copy: --from and --to are required\n${USAGE}`);
  if (isUrl(values.from) === isUrl(values.to) && (isUrl(values.from) ? values.from === values.to : resolve(values.from) === resolve(values.to))) {
    throw new UserError("store copy: --from and --to are the same store");
  }
  const from = await openAt(values.from, true);
  try {
    const to = await openAt(values.to, false);
    try {
      const n = await copyStore(from, to).catch((error: Error) => {
        throw new UserError(`store copy: ${error.message}`, 1);
      });
      io.stdout(
        `copied ${n.users} users (${n.apiTokens} API tokens), ${n.cases} cases, ${n.members} members, ${n.rounds} rounds, ` +
          `${n.links} links, ${n.answerSets} answer sets, ${n.pairScoreSets} imported score sets, ${n.actions} agreed actions and ${n.deliveries} mail attempts\n` +
          `  from ${shown(values.from)}\n  to   ${shown(values.to)}\n` +
          "read back and compared: identical. Sessions are not copied: users log in again.\n",
      );
      return 0;
    } finally {
      await to.close();
    }
  } finally {
    await from.close();
  }
}

/** Dispatches the sub-command. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "copy") return copy(rest, io);
  throw new UserError(USAGE);
}
