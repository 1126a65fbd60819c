// What a CLI command is: a module with a one-line summary and run(args, io) → exit code; plus UserError.
import { readFileSync } from "node:fs";

/** Where a command reads and writes; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => string;
}

/** A module under cli/commands/ registered in the command map of cli/index.ts. */
export interface CommandModule {
  /** One line for the help listing. */
  summary: string;
  /** Runs the command with the arguments after its name; resolves to the exit code. */
  run: (args: string[], io: CliIo) => Promise<number>;
}

/** A mistake of the user (bad argument, bad file): printed without a stack trace, exit code 2. */
export class UserError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = "UserError";
    this.exitCode = exitCode;
  }
}

/** The real terminal and file system. */
export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => {
    try {
      return readFileSync(path, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UserError(`cannot read ${path}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : (error as Error).message}`);
    }
  },
};
