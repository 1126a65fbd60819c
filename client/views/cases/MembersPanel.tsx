// Team members by role: add (role from the catalogue + optional label and e-mail), edit, remove — locked while a round is open, except the e-mail address.
import { useState } from "preact/hooks";
import type { Member } from "../../../domain/index.ts";
import { Api } from "../../api/endpoints.ts";
import { ErrorMessage } from "../../components/ErrorMessage.tsx";
import { useI18n } from "../../i18n/index.ts";
import { memberName, useApp } from "../../state.ts";
import { hasNationalId } from "./privacy.ts";
import { MemberForm, type MemberFormInput } from "./MemberForm.tsx";
import { RoleDot } from "../../components/RoleDot.tsx";
import { useMailInfo } from "../../hooks/useMailInfo.ts";

interface Props {
  caseId: string;
  members: Member[];
  locked: boolean;
  onChange: () => void;
}

export function MembersPanel({ caseId, members, locked, onChange }: Props) {
  const { t, lang } = useI18n();
  const { roles } = useApp();
  const mail = useMailInfo();
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      setEditing(null);
      onChange();
    } catch (e) {
      setError(e);
    }
  };
  const save = (input: MemberFormInput, memberId?: string) => {
    if (hasNationalId(input.label)) return;
    const { email, ...rest } = input;
    if (memberId) void run(() => Api.updateMember(caseId, memberId, locked ? { email: email ?? null } : input));
    else void run(() => Api.addMember(caseId, email ? { ...rest, email } : rest));
  };
  const remove = (m: Member) => {
    if (confirm(t("confirmRemove", { name: memberName(roles, m, lang) }))) void run(() => Api.removeMember(caseId, m.id));
  };
  return (
    <section class="card" aria-labelledby="members-h">
      <h2 id="members-h">{t("membersTitle")}</h2>
      {locked && <p class="notice">{t("membersLocked")}</p>}
      {members.length === 0 ? (
        <p>{t("noMembers")}</p>
      ) : (
        <ul class="members">
          {members.map((m) => (
            <li key={m.id}>
              {editing === m.id ? (
                <MemberForm initial={m} emailOnly={locked} submitLabel={t("save")} onSubmit={(i) => save(i, m.id)} onCancel={() => setEditing(null)} />
              ) : (
                <>
                  <RoleDot role={m.role} />
                  <span class="grow">
                    {memberName(roles, m, lang)}
                    {m.email && <span class="member-email muted"> · {m.email}</span>}
                  </span>
                  {locked && (m.email || mail?.enabled) && (
                    <button type="button" class="small" onClick={() => setEditing(m.id)} aria-label={t("emailEditFor", { name: memberName(roles, m, lang) })}>
                      {t("emailEdit")}
                    </button>
                  )}
                  {!locked && (
                    <>
                      <button type="button" class="small" onClick={() => setEditing(m.id)} aria-label={`${t("edit")}: ${memberName(roles, m, lang)}`}>
                        {t("edit")}
                      </button>
                      <button type="button" class="small danger" onClick={() => remove(m)} aria-label={`${t("remove")}: ${memberName(roles, m, lang)}`}>
                        {t("remove")}
                      </button>
                    </>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage error={error} />
      {!locked && (
        <details class="add">
          <summary>{t("addMember")}</summary>
          <MemberForm submitLabel={t("addMember")} onSubmit={(i) => save(i)} />
        </details>
      )}
    </section>
  );
}
