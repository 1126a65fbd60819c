// The process's logger: pino writing one JSON object per line (LOG_FORMAT=json) or short `laget: …` text lines (text).
import { pino, type DestinationStream, type Level, type LevelWithSilent, type Logger } from "pino";

export type { Logger };

export type LogFormat = "json" | "text";

export interface LogSettings {
  format: LogFormat;
  /** pino level: trace, debug, info, warn, error, fatal or silent. */
  level: LevelWithSilent;
}

const LEVELS: readonly LevelWithSilent[] = ["trace", "debug", "info", "warn", "error", "fatal", "silent"];

/**
 * LOG_FORMAT (`json` | `text`; default json when NODE_ENV=production, else text) and LOG_LEVEL (default info).
 * Throws an Error naming the variable for a value it does not know.
 */
export function readLogSettings(env: Record<string, string | undefined>): LogSettings {
  const format = env.LOG_FORMAT ?? (env.NODE_ENV === "production" ? "json" : "text");
  if (format !== "json" && format !== "text") throw new Error(`LOG_FORMAT must be json or text, got "${format}"`);
  const level = (env.LOG_LEVEL ?? "info").toLowerCase() as LevelWithSilent;
  if (!LEVELS.includes(level)) throw new Error(`LOG_LEVEL must be one of ${LEVELS.join(", ")}, got "${env.LOG_LEVEL}"`);
  return { format, level };
}

/** Where lines go: one sink for info and below, one for warnings and errors (text mode only; json uses `out`). */
export interface LogSinks {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** The request fields of a line, in the order the text format prints them. */
interface LineFields {
  level: number;
  msg?: string;
  method?: string;
  route?: string;
  status?: number;
  ms?: number;
  reqId?: string;
  error?: { type?: string; message?: string };
}

/** One JSON line from pino as `laget: …` text: a request as `METHOD route status ms id`, anything else as its message. */
export function textLine(json: string): string {
  const o = JSON.parse(json) as LineFields;
  const err = o.error ? `: ${o.error.type ?? "Error"}: ${o.error.message ?? ""}` : "";
  if (o.method !== undefined) return `laget: ${o.method} ${o.route} ${o.status} ${o.ms} ms ${o.reqId ?? ""}${err}\n`;
  return `laget: ${o.msg ?? ""}${err}\n`;
}

/** A pino destination that rewrites each JSON line as text, warnings and errors to `err`. */
function textDestination(sinks: LogSinks): DestinationStream {
  return {
    write(line: string) {
      const text = textLine(line);
      if (Number(/"level":(\d+)/.exec(line)?.[1]) >= 40) sinks.err(text);
      else sinks.out(text);
    },
  };
}

/**
 * The logger. JSON lines carry `level` (pino's number), `time` (ISO 8601), `msg` and the call's fields; no pid or
 * host name (journald records both). Without `sinks` JSON goes synchronously to stdout (fd 1), so a line is out
 * before the process can exit, and text goes to stdout/stderr.
 */
export function createLogger(settings: LogSettings, sinks?: LogSinks): Logger {
  const options = { level: settings.level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime };
  if (settings.format === "text") {
    const out = sinks ?? { out: (l: string) => process.stdout.write(l), err: (l: string) => process.stderr.write(l) };
    return pino(options, textDestination(out));
  }
  if (sinks) return pino(options, { write: (line: string) => sinks.out(line) });
  return pino(options, pino.destination({ dest: 1, sync: true }));
}

/** A logger that writes nothing (tests and tools that do not log). */
export const silentLogger: Logger = pino({ level: "silent" });

/** The level a request line is logged at: errors of the server at error, everything else at info. */
export const requestLevel = (status: number): Level => (status >= 500 ? "error" : "info");
