// `token create`: a bearer API token for a user that expires (default 90 days); printed once, only its SHA-256 hash is stored.
import { DEFAULT_API_TOKEN_DAYS } from "../../server/deps.ts";
import { createApiToken, userByEmail } from "../../server/services/users/index.ts";
import { parseCommandArgs } from "../args.ts";
import { UserError, type CliIo } from "../command.ts";
import { CLI_AUDIT, explain, withStore } from "./with-store.ts";

export const summary = "create an API token for a user (printed once; only its hash is stored; expires after --days, default 90)";

const USAGE = `usage: token create --email E --name N [--days D]   (D from 1 to ${DEFAULT_API_TOKEN_DAYS.max}, default ${DEFAULT_API_TOKEN_DAYS.default})`;

/** Runs `token create`. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== "create") throw new UserError(USAGE);
  const { values } = parseCommandArgs("token create", rest, { email: { type: "string" }, name: { type: "string" }, days: { type: "string" } });
  if (!values.email || !values.name) throw new UserError(`token create: --email and --name are required\n${USAGE}`);
  const days = values.days === undefined ? undefined : Number(values.days);
  if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= DEFAULT_API_TOKEN_DAYS.max)) {
    throw new UserError(`token create: --days must be a whole number from 1 to ${DEFAULT_API_TOKEN_DAYS.max}\n${USAGE}`);
  }
  const { email, name } = values;
  const { token, view } = await withStore(async (ctx) => {
    const user = await userByEmail(ctx, email);
    return createApiToken(ctx, user, { name, expiresInDays: days }, DEFAULT_API_TOKEN_DAYS, CLI_AUDIT).catch(explain);
  });
  io.stdout(`${token}\n`);
  io.stderr(`token "${name}" for ${email} created, valid until ${view.expiresAt}; it is shown only now. Use it as: Authorization: Bearer <token>\n`);
  return 0;
}
