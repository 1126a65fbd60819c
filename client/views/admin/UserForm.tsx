// Form to add a user: name, e-mail, access role, districts and an initial password.
import { useState } from "preact/hooks";
import type { UserRole } from "../../../domain/index.ts";
import { Field } from "../../components/Field.tsx";
import { useI18n } from "../../i18n/index.ts";

export interface NewUser {
  name: string;
  email: string;
  role: UserRole;
  districts: string[];
  password: string;
}

/** "a, b,, c" → ["a", "b", "c"] (the districts field). */
export function splitList(s: string): string[] {
  return s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);
}

export function UserForm({ roles, onSubmit }: { roles: UserRole[]; onSubmit: (u: NewUser) => void }) {
  const { t } = useI18n();
  const [u, setU] = useState({ name: "", email: "", role: "facilitator" as UserRole, districts: "", password: "" });
  const set = (k: keyof typeof u) => (e: Event) => setU({ ...u, [k]: (e.currentTarget as HTMLInputElement).value });
  const submit = (e: Event) => {
    e.preventDefault();
    onSubmit({ ...u, districts: splitList(u.districts) });
  };
  return (
    <form onSubmit={submit}>
      <Field label={t("name")}>{({ id }) => <input id={id} required value={u.name} onInput={set("name")} />}</Field>
      <Field label={t("email")}>{({ id }) => <input id={id} type="email" required value={u.email} onInput={set("email")} />}</Field>
      <Field label={t("userRole")}>
        {({ id }) => (
          <select id={id} value={u.role} onChange={set("role")}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`role_${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("districts")}>{({ id }) => <input id={id} value={u.districts} onInput={set("districts")} />}</Field>
      <Field label={t("newPassword")}>
        {({ id }) => <input id={id} type="password" autocomplete="new-password" minLength={10} required value={u.password} onInput={set("password")} />}
      </Field>
      <button type="submit" class="primary">
        {t("addUser")}
      </button>
    </form>
  );
}
