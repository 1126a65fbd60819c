// Translator for the family's and the child's pages, like server/i18n but with its own key set.
import { interpolate, type Lang, type Vars } from "../../i18n/index.ts";
import { VOICE_EN } from "./text-en.ts";
import { VOICE_NB, type VoiceStrings } from "./text-nb.ts";
import { VOICE_NN } from "./text-nn.ts";

const STRINGS: Record<Lang, VoiceStrings> = { nb: VOICE_NB, nn: VOICE_NN, en: VOICE_EN };

export type VoiceTranslate = (key: keyof VoiceStrings, vars?: Vars) => string;

/** A translator for the voice strings bound to one language. */
export function voiceText(lang: Lang): VoiceTranslate {
  return (key, vars) => interpolate(STRINGS[lang][key], vars);
}
