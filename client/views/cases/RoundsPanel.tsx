// The case's rounds with status and links to follow-up, meeting view and comparison; form to create a round (language, display, voices).
import { useState } from "preact/hooks";
import type { Round } from "../../../domain/index.ts";
import { Api } from "../../api/endpoints.ts";
import { ErrorMessage } from "../../components/ErrorMessage.tsx";
import { Field } from "../../components/Field.tsx";
import { LANGS, useI18n } from "../../i18n/index.ts";
import { href, navigate } from "../../router.ts";
import { useApp } from "../../state.ts";
import { NO_VOICES, VoiceOptions, voicesBody } from "../voices/VoiceOptions.tsx";
import { DEFAULT_ROUND_SETTINGS, RoundSettings } from "./RoundSettings.tsx";

interface Props {
  caseId: string;
  rounds: Round[];
  hasMembers: boolean;
  /** A parents/guardians member exists (the family option gives them the family form). */
  hasFamilySeat: boolean;
  onChange: () => void;
}

export function RoundsPanel({ caseId, rounds, hasMembers, hasFamilySeat, onChange }: Props) {
  const { t, lang, date } = useI18n();
  const { instruments, user } = useApp();
  const [name, setName] = useState("");
  const [instrumentId, setInstrumentId] = useState("rc7");
  const [closes, setCloses] = useState("");
  const [voices, setVoices] = useState(NO_VOICES);
  const [settings, setSettings] = useState(DEFAULT_ROUND_SETTINGS);
  const [error, setError] = useState<unknown>(null);
  const canEdit = user?.role !== "evaluator";

  const create = async (e: Event) => {
    e.preventDefault();
    if (!name.trim()) return;
    setError(null);
    try {
      const closesAt = closes ? new Date(`${closes}T23:59:00`).toISOString() : null;
      const r = await Api.createRound(caseId, { name: name.trim(), instrumentId, closesAt, ...settings, ...voicesBody(voices) });
      onChange();
      navigate(href("rounds", r.id));
    } catch (err) {
      setError(err);
    }
  };
  const sorted = [...rounds].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <section class="card" aria-labelledby="rounds-h">
      <h2 id="rounds-h">{t("roundsTitle")}</h2>
      {sorted.length === 0 ? (
        <p>{t("noRounds")}</p>
      ) : (
        <ul class="rounds">
          {sorted.map((r) => (
            <li key={r.id}>
              <a href={href("rounds", r.id)}>{r.name}</a>{" "}
              <span class={`badge ${r.status}`}>{t(`status_${r.status}`)}</span>
              {r.source === "import" && <span class="badge">{t("source_import")}</span>}{" "}
              {r.status !== "closed" && r.closesAt && <span class="muted small-note">{t("closesOn", { date: date(r.closesAt) })}</span>}{" "}
              {r.family?.include && <span class="badge form-family">{t("voiceFamilyShort")}</span>}
              {r.child?.include && <span class="badge form-child">{t("voiceChildShort")}</span>}{" "}
              {r.display && r.display !== "direction" && <span class="badge">{t(`display_${r.display}`)}</span>}{" "}
              {r.language && r.language !== "nb" && (
                <span class="badge" lang={r.language}>
                  {LANGS.find((l) => l.id === r.language)?.name}
                </span>
              )}{" "}
              {r.status !== "draft" && <a href={href("rounds", r.id, "meeting")}>{t("meetingView")}</a>}
            </li>
          ))}
        </ul>
      )}
      {sorted.length >= 2 && (
        <p>
          <a href={`${href("cases", caseId, "compare")}?a=${sorted.at(-2)!.id}&b=${sorted.at(-1)!.id}`}>{t("compare")}</a>
        </p>
      )}
      {canEdit && hasMembers && (
        <details class="add">
          <summary>{t("newRound")}</summary>
          <form onSubmit={create}>
            <Field label={t("roundName")}>
              {({ id }) => <input id={id} required maxLength={60} value={name} onInput={(e) => setName(e.currentTarget.value)} />}
            </Field>
            <Field label={t("instrument")}>
              {({ id }) => (
                <select id={id} value={instrumentId} onChange={(e) => setInstrumentId(e.currentTarget.value)}>
                  {(instruments.length ? instruments : [{ id: "rc7", name: { nb: "rc7", nn: "rc7", en: "rc7" } }]).map((i) => (
                    <option key={i.id} value={i.id}>
                      {i.name[lang]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t("closesAt")}>
              {({ id }) => <input id={id} type="date" value={closes} onInput={(e) => setCloses(e.currentTarget.value)} />}
            </Field>
            <RoundSettings value={settings} onChange={setSettings} />
            <VoiceOptions value={voices} onChange={setVoices} hasFamilySeat={hasFamilySeat} />
            <ErrorMessage error={error} />
            <button type="submit" class="primary">
              {t("createRound")}
            </button>
          </form>
        </details>
      )}
    </section>
  );
}
