// Admin: list users, add a user, change access role, districts and disable/enable; each user's API tokens and deletion.
import { useState } from "preact/hooks";
import { Api } from "../../api/endpoints.ts";
import type { PublicUser as User, UserRole } from "../../../domain/index.ts";
import { ErrorMessage, Loading } from "../../components/ErrorMessage.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useAsync } from "../../components/useAsync.ts";
import { useI18n } from "../../i18n/index.ts";
import { splitList, UserForm } from "./UserForm.tsx";
import { UserManage } from "./UserManage.tsx";

const ROLES: UserRole[] = ["admin", "facilitator", "evaluator"];

export function UsersView() {
  const { t } = useI18n();
  const users = useAsync(() => Api.users(), []);
  const [error, setError] = useState<unknown>(null);
  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      users.reload();
    } catch (e) {
      setError(e);
    }
  };
  const patch = (u: User, p: Partial<User>) => run(() => Api.updateUser(u.id, p));
  return (
    <section>
      <PageTitle>{t("usersTitle")}</PageTitle>
      <ErrorMessage error={users.error ?? error} onRetry={users.reload} />
      {!users.data && !users.error && <Loading />}
      {users.data && (
        <div class="table-wrap">
          <table class="list">
            <caption class="sr-only">{t("usersTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("email")}</th>
                <th scope="col">{t("userRole")}</th>
                <th scope="col">{t("districts")}</th>
                <th scope="col">{t("disabled")}</th>
                <th scope="col">{t("userManage")}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((u) => (
                <tr key={u.id}>
                  <th scope="row">{u.name}</th>
                  <td>{u.email}</td>
                  <td>
                    <select aria-label={`${t("userRole")}: ${u.name}`} value={u.role} onChange={(e) => patch(u, { role: e.currentTarget.value as UserRole })}>
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {t(`role_${r}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      aria-label={`${t("districts")}: ${u.name}`}
                      defaultValue={u.districts.join(", ")}
                      onChange={(e) => patch(u, { districts: splitList(e.currentTarget.value) })}
                    />
                  </td>
                  <td>
                    <input type="checkbox" aria-label={`${t("disabled")}: ${u.name}`} checked={u.disabled} onChange={(e) => patch(u, { disabled: e.currentTarget.checked })} />
                  </td>
                  <td>
                    <UserManage user={u} onDeleted={users.reload} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <details class="add">
        <summary>{t("addUser")}</summary>
        <UserForm roles={ROLES} onSubmit={(input) => run(() => Api.createUser(input))} />
      </details>
    </section>
  );
}
