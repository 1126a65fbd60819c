// The round's family/child choice: "Ta med familiens stemme", "Ta med barnets stemme" with age version, each explained.
import { useId } from "preact/hooks";
import type { ChildVersion } from "../../../domain/seats.ts";
import { useI18n } from "../../i18n/index.ts";
import { childVersionLabel } from "../round/seats.ts";

/** The family/child options as the workspace edits them (POST /rounds, PUT /voices). */
export interface VoiceChoice {
  family: boolean;
  child: boolean;
  childVersion: ChildVersion;
}

export const NO_VOICES: VoiceChoice = { family: false, child: false, childVersion: "8-12" };

interface Props {
  value: VoiceChoice;
  onChange: (v: VoiceChoice) => void;
  /** False when the team has no parents/guardians seat: the family option would give nobody a link. */
  hasFamilySeat: boolean;
  /** Keeps the legend for screen readers only (under a heading that says the same). */
  hideLegend?: boolean;
}

export function VoiceOptions({ value, onChange, hasFamilySeat, hideLegend }: Props) {
  const { t } = useI18n();
  const id = useId();
  const set = (patch: Partial<VoiceChoice>) => onChange({ ...value, ...patch });
  return (
    <fieldset class="voices" data-testid="voice-options">
      <legend class={hideLegend ? "sr-only" : undefined}>{t("voicesTitle")}</legend>
      <p class="hint">{t("voicesIntro")}</p>
      <div class="check">
        <input id={`${id}-f`} type="checkbox" checked={value.family} aria-describedby={`${id}-fh`} onChange={(e) => set({ family: e.currentTarget.checked })} />
        <label for={`${id}-f`}>{t("voiceFamily")}</label>
        <p class="hint" id={`${id}-fh`}>
          {t("voiceFamilyHint")}
          {value.family && !hasFamilySeat && <strong class="field-warning"> {t("voiceFamilyNoSeat")}</strong>}
        </p>
      </div>
      <div class="check">
        <input id={`${id}-c`} type="checkbox" checked={value.child} aria-describedby={`${id}-ch`} onChange={(e) => set({ child: e.currentTarget.checked })} />
        <label for={`${id}-c`}>{t("voiceChild")}</label>
        <p class="hint" id={`${id}-ch`}>
          {t("voiceChildHint")}
        </p>
      </div>
      {value.child && (
        <fieldset class="radios child-version">
          <legend>{t("childVersion")}</legend>
          {(["8-12", "13-16"] as ChildVersion[]).map((v) => (
            <label key={v}>
              <input type="radio" name={`${id}-v`} value={v} checked={value.childVersion === v} onChange={() => set({ childVersion: v })} /> {childVersionLabel(t, v)}
            </label>
          ))}
        </fieldset>
      )}
    </fieldset>
  );
}

/** The body parts (POST /rounds, PUT /voices) for a choice. */
export const voicesBody = (v: VoiceChoice) => ({ family: { include: v.family }, child: { include: v.child, version: v.childVersion } });

/** The choice stored on a round (both off for rounds without options). */
export function choiceOf(round: { family?: { include: boolean }; child?: { include: boolean; version: ChildVersion } }): VoiceChoice {
  return { family: Boolean(round.family?.include), child: Boolean(round.child?.include), childVersion: round.child?.version ?? "8-12" };
}
