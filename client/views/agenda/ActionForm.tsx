// Records an agreed action, or changes one: what it is about (a link or the team), what, who (a role of the team), by when.
import { useState } from "preact/hooks";
import type { ActionAbout, Member } from "../../../domain/index.ts";
import { ErrorMessage } from "../../components/ErrorMessage.tsx";
import { Field } from "../../components/Field.tsx";
import type { ActionBody } from "../../api/follow-up.ts";
import { useI18n } from "../../i18n/index.ts";
import { roleName, useApp } from "../../state.ts";
import { nodeName, teamRoles } from "./names.ts";

export interface ActionDraft {
  about: ActionAbout;
  what: string;
  who: string;
  due: string;
}

interface Props {
  /** The draft the form starts from (a pair from the agenda, or an action being changed). */
  draft: ActionDraft;
  /** Node ids at the draft's level to pick the link's ends from. */
  nodes: string[];
  members: Member[];
  editing: boolean;
  onSave: (body: ActionBody) => Promise<void>;
  onCancel: () => void;
}

export function ActionForm({ draft, nodes, members, editing, onSave, onCancel }: Props) {
  const { t, lang } = useI18n();
  const { roles } = useApp();
  const [about, setAbout] = useState(draft.about);
  const [what, setWhat] = useState(draft.what);
  const [who, setWho] = useState(draft.who);
  const [due, setDue] = useState(draft.due);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const name = (id: string) => nodeName(about.level, id, members, roles, lang, t);
  const pair = about.kind === "pair" ? about : null;
  const setEnd = (end: "source" | "target", id: string) => pair && setAbout({ ...pair, [end]: id });
  const setKind = (kind: string) => {
    const base = { level: about.level, dimension: about.dimension };
    setAbout(kind === "team" ? { kind: "team", ...base } : { kind: "pair", ...base, source: nodes[0] ?? "", target: nodes[1] ?? nodes[0] ?? "" });
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await onSave({ about, what: what.trim(), who, due: due || null });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const endSelect = (end: "source" | "target", label: string) => (
    <Field label={label}>
      {({ id }) => (
        <select id={id} value={pair![end]} onChange={(e) => setEnd(end, e.currentTarget.value)} data-testid={`action-${end}`}>
          {nodes.map((n) => (
            <option key={n} value={n}>
              {name(n)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <form class="action-form card" onSubmit={submit} data-testid="action-form" aria-labelledby="action-form-h">
      <h3 id="action-form-h">{editing ? t("actionEditTitle") : t("actionNewTitle")}</h3>
      <Field label={t("actionAbout")}>
        {({ id }) => (
          <select id={id} value={about.kind} onChange={(e) => setKind(e.currentTarget.value)} data-testid="action-kind">
            <option value="pair">{t("actionAboutPair")}</option>
            <option value="team">{t("actionTeam")}</option>
          </select>
        )}
      </Field>
      {pair && (
        <div class="two">
          {endSelect("source", t("actionSource"))}
          {endSelect("target", t("actionTarget"))}
        </div>
      )}
      <Field label={t("actionWhat")} hint={t("actionWhatHint")}>
        {({ id, describedBy }) => (
          <input id={id} aria-describedby={describedBy} required maxLength={300} value={what} onInput={(e) => setWhat(e.currentTarget.value)} data-testid="action-what" />
        )}
      </Field>
      <div class="two">
        <Field label={t("actionWho")}>
          {({ id }) => (
            <select id={id} required value={who} onChange={(e) => setWho(e.currentTarget.value)} data-testid="action-who">
              <option value="">{t("actionWhoPick")}</option>
              {teamRoles(members).map((r) => (
                <option key={r} value={r}>
                  {roleName(roles, r, lang)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("actionDue")}>
          {({ id }) => <input id={id} type="date" value={due} onInput={(e) => setDue(e.currentTarget.value)} data-testid="action-due" />}
        </Field>
      </div>
      <ErrorMessage error={error} />
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {editing ? t("save") : t("actionAdd")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
