// CLI dispatcher: `npm run cli -- <command> ...`; one module per command under cli/commands/.
import { pathToFileURL } from "node:url";
import { processIo, UserError, type CliIo, type CommandModule } from "./command.ts";
import { CsvParseError } from "../analysis/csv/errors.ts";
import { LagetError, type Issue } from "../domain/index.ts";

/** Where an issue is: sheet row and column, line and column, or the field's path. */
const where = (i: Issue) => (i.line !== undefined ? `${i.sheet ? `[${i.sheet}] row` : "line"} ${i.line}, column ${i.column}` : (i.path ?? ""));

/** A LagetError as the CLI prints it: its message on one line, then one indented line per issue. */
export function lagetErrorText(error: LagetError): string {
  const lines = (error.issues ?? []).map((i) => `  ${where(i) ? `${where(i)}: ` : ""}${i.message}`);
  return [error.message, ...lines].join("\n");
}

/** The command map: add a command with one line `name: () => import("./commands/name.ts"),`. */
export const commands: Record<string, () => Promise<CommandModule>> = {
  analyze: () => import("./commands/analyze.ts"),
  convert: () => import("./commands/convert.ts"),
  import: () => import("./commands/import.ts"),
  user: () => import("./commands/user.ts"),
  token: () => import("./commands/token.ts"),
  store: () => import("./commands/store.ts"),
  retention: () => import("./commands/retention.ts"),
  audit: () => import("./commands/audit.ts"),
  backup: () => import("./commands/backup.ts"),
  restore: () => import("./commands/restore.ts"),
};

async function help(io: CliIo): Promise<void> {
  const lines = ["usage: npm run --silent cli -- <command> [options]", "", "commands:"];
  for (const [name, load] of Object.entries(commands)) lines.push(`  ${name.padEnd(10)} ${(await load()).summary}`);
  io.stdout(lines.join("\n") + "\n");
}

/** Run one command line; resolves to the exit code (0 ok, 2 user error or LagetError, 1 unexpected failure). */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    await help(io);
    return name === undefined ? 2 : 0;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    io.stderr(`laget: unknown command "${name}" (commands: ${Object.keys(commands).join(", ")})\n`);
    return 2;
  }
  try {
    return await (await load()).run(args, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`laget ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof LagetError) {
      io.stderr(`laget ${name}: ${lagetErrorText(error)}\n`);
      return 2;
    }
    if (error instanceof CsvParseError) {
      io.stderr(`laget ${name}: ${error.message}\n`);
      return 2;
    }
    io.stderr(`laget ${name}: unexpected error\n${(error as Error)?.stack ?? String(error)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
