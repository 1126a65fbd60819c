// `user add|list`: manage workspace users in the store in DATA_DIR (e.g. the first admin without ADMIN_EMAIL).
import type { UserRole } from "../../domain/index.ts";
import { createUser, listUsers } from "../../server/services/users/index.ts";
import { parseCommandArgs } from "../args.ts";
import { UserError, type CliIo } from "../command.ts";
import { CLI_AUDIT, explain, withStore } from "./with-store.ts";

export const summary = "add a user (admin|facilitator|evaluator) or list users, in the store in DATA_DIR";

const USAGE =
  "usage: user add --email E --name N --role admin|facilitator|evaluator [--password P | env LAGET_PASSWORD] [--districts A,B]\n" +
  "       user list";

async function add(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs("user add", args, {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string" },
    password: { type: "string" },
    districts: { type: "string" },
  });
  if (!values.email || !values.name || !values.role) throw new UserError(`user add: --email, --name and --role are required\n${USAGE}`);
  const password = values.password ?? process.env.LAGET_PASSWORD;
  if (!password) throw new UserError("user add: give --password or set LAGET_PASSWORD");
  const districts = (values.districts ?? "").split(",").map((d) => d.trim()).filter(Boolean);
  // createUser checks every field (an unknown role included) and names the bad ones.
  const input = { email: values.email, name: values.name, role: values.role as UserRole, districts, password };
  const user = await withStore((ctx) => createUser(ctx, input, CLI_AUDIT).catch(explain));
  io.stdout(`added ${user.role} ${user.email} (id ${user.id}${user.districts.length ? `, districts ${user.districts.join(", ")}` : ""})\n`);
  return 0;
}

async function list(io: CliIo): Promise<number> {
  const users = await withStore((ctx) => listUsers(ctx));
  const rows = users.map((u) => [u.email, u.name, u.role, u.districts.join(",") || "-", u.disabled ? "disabled" : "active"]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), 5));
  for (const r of rows) io.stdout(r.map((cell, i) => (i < 4 ? cell.padEnd(widths[i]) : cell)).join("  ") + "\n");
  if (rows.length === 0) io.stdout("no users\n");
  return 0;
}

/** Dispatches the sub-command. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "add") return add(rest, io);
  if (sub === "list") return list(io);
  throw new UserError(USAGE);
}
