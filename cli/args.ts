// Argument parsing for commands: node:util parseArgs with its errors turned into UserErrors.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UserError } from "./command.ts";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parse `args` strictly; unknown flags and missing values become a UserError naming the command. */
export function parseCommandArgs<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UserError(`${command}: ${(error as Error).message}`);
  }
}

/** A number option written with `.` or `,` as decimal mark. */
export function numberOption(command: string, name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.trim().replace(",", "."));
  if (value.trim() === "" || !Number.isFinite(n)) throw new UserError(`${command}: --${name} must be a number, got "${value}".`);
  return n;
}

/** One of a fixed set of values. */
export function choiceOption<T extends string>(command: string, name: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw new UserError(`${command}: --${name} must be one of ${choices.join(", ")}, got "${value}".`);
  }
  return value as T;
}
