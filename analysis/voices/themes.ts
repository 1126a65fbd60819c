// Themes of the family's and the child's forms and the team (rc7) item each one is contrasted with.
import type { LocalizedText } from "../../domain/roles.ts";

export interface Theme {
  id: string;
  label: LocalizedText;
  /**
   * The rc7 item the team answered about the same theme, or null when the team form has no
   * counterpart (then the band shows no team value rather than a forced comparison).
   */
  teamItem: string | null;
}

/** In display order. The theme id is the `group` of family/child items. */
export const THEMES: Theme[] = [
  { id: "whoToAsk", label: { nb: "Vet hvem de kan spørre", nn: "Veit kven dei kan spørje", en: "Know who to ask" }, teamItem: null },
  // Not having to repeat one's story is information that travels correctly between helpers.
  { id: "tellOnce", label: { nb: "Slipper å gjenta historien", nn: "Slepp å gjenta historia", en: "No need to repeat the story" }, teamItem: "accurate" },
  { id: "listened", label: { nb: "Blir lyttet til", nn: "Blir lytta til", en: "Listened to" }, teamItem: "mutualRespect" },
  { id: "knowEachOther", label: { nb: "Hjelperne vet hva de andre gjør", nn: "Hjelparane veit kva dei andre gjer", en: "Helpers know each other's work" }, teamItem: "sharedKnowledge" },
  { id: "timely", label: { nb: "Hjelp i tide", nn: "Hjelp i tide", en: "Help in time" }, teamItem: "timely" },
  { id: "ownSay", label: { nb: "Med og bestemme", nn: "Med og bestemme", en: "Have a say" }, teamItem: null },
];
