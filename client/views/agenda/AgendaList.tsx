// The drafted agenda: strengths to keep, links to strengthen, different experiences, the family's experience, each pair with «Avtal tiltak».
import type { ComponentChildren } from "preact";
import type { RoundVoices } from "../../api/endpoints.ts";
import { useI18n } from "../../i18n/index.ts";
import type { NodeNames } from "../meeting/model.ts";
import type { PairView } from "../meeting/steps.ts";
import { VoicesBand } from "../voices/VoicesBand.tsx";
import type { Agenda } from "./agenda.ts";

interface Props {
  agenda: Agenda;
  names: NodeNames;
  voices: RoundVoices | null;
  /** Starts an action about this pair (screen only). */
  onAgree: (p: PairView) => void;
  /** The last item: the actions agreed (list and form). */
  actions: ComponentChildren;
  /** Scores at or below it are marked. */
  threshold: number;
}

function Item({ n, title, intro, children, testId }: { n: number; title: string; intro: string; children: ComponentChildren; testId: string }) {
  return (
    <li class="agenda-item" data-testid={testId}>
      <h3>
        <span class="agenda-n">{n}.</span> {title}
      </h3>
      <p class="muted">{intro}</p>
      {children}
    </li>
  );
}

export function AgendaList({ agenda, names, voices, onAgree, actions, threshold }: Props) {
  const { t, num } = useI18n();
  const score = (v: number | null) =>
    v === null ? <span class="muted">{t("agendaNoAnswer")}</span> : <strong class={v <= threshold + 1e-9 ? "weak-score" : undefined}>{num(v)}</strong>;
  const both = (p: PairView) => (
    <span class="dirs">
      <span class="dir">
        <span class="pair">
          {names.long(p.a)} → {names.long(p.b)}
        </span>{" "}
        {score(p.ab)}
      </span>
      <span class="dir">
        <span class="pair">
          {names.long(p.b)} → {names.long(p.a)}
        </span>{" "}
        {score(p.ba)}
      </span>
    </span>
  );
  const agree = (p: PairView) => (
    <button type="button" class="small no-print" onClick={() => onAgree(p)}>
      {t("actionAgree")}
      <span class="sr-only">
        : {names.long(p.a)} – {names.long(p.b)}
      </span>
    </button>
  );
  // The family's item is there only when the round includes it; the actions are always last.
  const actionsN = agenda.family ? 5 : 4;
  return (
    <ol class="agenda" data-testid="agenda">
      <Item n={1} title={t("agendaStrengths")} intro={t("agendaStrengthsIntro")} testId="agenda-strengths">
        {agenda.strengths.length === 0 ? (
          <p>{t("agendaNone")}</p>
        ) : (
          <ul class="pairs">
            {agenda.strengths.map((e) => (
              <li key={`${e.source}>${e.target}`}>
                <span class="pair">
                  {names.long(e.source)} → {names.long(e.target)}
                </span>
                <span class="score strong-score">{num(e.score)}</span>
              </li>
            ))}
          </ul>
        )}
      </Item>
      <Item n={2} title={t("agendaWeak")} intro={t("agendaWeakIntro")} testId="agenda-weak">
        {agenda.weak.length === 0 ? (
          <p>{t("agendaNone")}</p>
        ) : (
          <ul class="pairs agenda-pairs">
            {agenda.weak.map((p) => (
              <li key={`${p.a}|${p.b}`}>
                {both(p)}
                {agree(p)}
              </li>
            ))}
          </ul>
        )}
      </Item>
      <Item n={3} title={t("agendaDifferent")} intro={t("agendaDifferentIntro")} testId="agenda-different">
        {agenda.different.length === 0 ? (
          <p>{t("agendaNone")}</p>
        ) : (
          <ul class="pairs agenda-pairs">
            {agenda.different.map((p) => (
              <li key={`${p.a}|${p.b}`}>
                {both(p)}
                <span class="muted gap-note">{t("agendaGap", { gap: num(p.gap) })}</span>
                {agree(p)}
              </li>
            ))}
          </ul>
        )}
      </Item>
      {agenda.family && (
        <Item n={4} title={t("agendaFamily")} intro={t("agendaFamilyIntro")} testId="agenda-family">
          {voices ? <VoicesBand voices={voices} /> : <p>{t("agendaNone")}</p>}
        </Item>
      )}
      <Item n={actionsN} title={t("agendaActions")} intro={t("agendaActionsIntro")} testId="agenda-actions">
        {actions}
      </Item>
    </ol>
  );
}
