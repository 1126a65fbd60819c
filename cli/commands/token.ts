// `token create`: a bearer API token for a user; printed once, only its SHA-256 hash is stored.
import { createApiToken } from "../../server/services/users/index.ts";
import { parseCommandArgs } from "../args.ts";
import { UserError, type CliIo } from "../command.ts";
import { explain, withStore } from "./with-store.ts";

export const summary = "create an API token for a user (printed once; only its hash is stored)";

const USAGE = "usage: token create --email E --name N";

/** Runs `token create`. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== "create") throw new UserError(USAGE);
  const { values } = parseCommandArgs("token create", rest, { email: { type: "string" }, name: { type: "string" } });
  if (!values.email || !values.name) throw new UserError(`token create: --email and --name are required\n${USAGE}`);
  const { email, name } = values;
  const { token } = await withStore((ctx) => createApiToken(ctx, email, name).catch(explain));
  io.stdout(`${token}\n`);
  io.stderr(`token "${name}" for ${email} created; it is shown only now. Use it as: Authorization: Bearer <token>\n`);
  return 0;
}
