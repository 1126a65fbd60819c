// The round's family/child options on the round page: editable while a draft (PUT /voices), a summary afterwards.
import { useState } from "preact/hooks";
import type { Member, Round } from "../../../domain/index.ts";
import { Api } from "../../api/endpoints.ts";
import { ErrorMessage } from "../../components/ErrorMessage.tsx";
import { useI18n } from "../../i18n/index.ts";
import { useApp } from "../../state.ts";
import { childVersionLabel, hasFamilySeat } from "../round/seats.ts";
import { choiceOf, voicesBody, VoiceOptions } from "./VoiceOptions.tsx";

interface Props {
  round: Round;
  members: Member[];
  editable: boolean;
  onSaved: () => void;
}

/** "Familiens stemme: med · Barnets stemme: med, 8–12 år". */
export function VoicesSummary({ round }: { round: Round }) {
  const { t } = useI18n();
  const c = choiceOf(round);
  return (
    <dl class="voices-summary" data-testid="voices-summary">
      <div>
        <dt>{t("voiceFamilyShort")}:</dt> <dd>{t(c.family ? "voiceOn" : "voiceOff")}</dd>
      </div>
      <div>
        <dt>{t("voiceChildShort")}:</dt> <dd>{c.child ? t("voiceChildOn", { version: childVersionLabel(t, c.childVersion) }) : t("voiceOff")}</dd>
      </div>
    </dl>
  );
}

export function VoicesCard({ round, members, editable, onSaved }: Props) {
  const { t } = useI18n();
  const { roles } = useApp();
  const [choice, setChoice] = useState(() => choiceOf(round));
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const save = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await Api.setVoices(round.id, voicesBody(choice));
      setSaved(true);
      onSaved();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section class="card" aria-labelledby="voices-h">
      <h2 id="voices-h">{t("voicesTitle")}</h2>
      <VoicesSummary round={round} />
      {editable && (
        <>
          <p class="muted">{t("voicesDraftOnly")}</p>
          <form onSubmit={save} class="voices-form">
            <VoiceOptions value={choice} onChange={(v) => (setChoice(v), setSaved(false))} hasFamilySeat={hasFamilySeat(members, roles)} hideLegend />
            <ErrorMessage error={error} />
            <button type="submit">{t("voicesSave")}</button>{" "}
            <span role="status" class="small-note">
              {saved ? t("voicesSaved") : ""}
            </span>
          </form>
        </>
      )}
    </section>
  );
}
