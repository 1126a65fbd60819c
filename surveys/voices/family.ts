// The family's instrument (parents/guardians): experienced coordination, about the team and each member (our own wording; 5 = best).
import type { Instrument } from "../schema.ts";
import { labelledScale, memberItem, teamItem, words } from "../items.ts";

/** Agree–disagree steps, all five shown as words (plain language, B1). */
const AGREE = [
  { nb: "Helt uenig", nn: "Heilt usamd", en: "Strongly disagree" },
  { nb: "Litt uenig", nn: "Litt usamd", en: "Disagree a little" },
  { nb: "Både og", nn: "Både og", en: "Neither / both" },
  { nb: "Litt enig", nn: "Litt samd", en: "Agree a little" },
  { nb: "Helt enig", nn: "Heilt samd", en: "Strongly agree" },
];

/**
 * Items are statements; agreeing is always the good end, also for "repeat our story" (phrased as
 * "we don't have to"). `group` is the theme the family band compares with the team (analysis/voices).
 */
export const FAMILY_V1: Instrument = {
  id: "family",
  version: "1.0.0",
  audience: "family",
  name: { nb: "Familiens opplevelse av samarbeidet", nn: "Familien si oppleving av samarbeidet", en: "The family's experience of the collaboration" },
  scale: labelledScale(AGREE),
  items: [
    teamItem("whoToAsk",
      ["Vet hvem vi kan spørre", "Veit kven vi kan spørje", "Know who to ask"],
      ["Vi vet hvem vi skal spørre når vi lurer på noe.", "Vi veit kven vi skal spørje når vi lurer på noko.", "We know who to ask when we wonder about something."]),
    teamItem("tellOnce",
      ["Slipper å gjenta historien", "Slepp å gjenta historia", "No need to repeat our story"],
      [
        "Vi slipper å fortelle historien vår på nytt hver gang vi møter en ny hjelper.",
        "Vi slepp å fortelje historia vår på nytt kvar gong vi møter ein ny hjelpar.",
        "We don't have to tell our story again every time we meet a new helper.",
      ]),
    teamItem("listened",
      ["Blir lyttet til", "Blir lytta til", "Listened to"],
      ["Vi blir lyttet til når vi sier hva barnet vårt trenger.", "Vi blir lytta til når vi seier kva barnet vårt treng.", "We are listened to when we say what our child needs."]),
    teamItem("knowEachOther",
      ["Hjelperne vet om hverandre", "Hjelparane veit om kvarandre", "Helpers know each other's work"],
      ["De som hjelper oss, vet hva de andre gjør.", "Dei som hjelper oss, veit kva dei andre gjer.", "The people who help us know what the others are doing."]),
    teamItem("timely",
      ["Hjelp i tide", "Hjelp i tide", "Help in time"],
      ["Vi får hjelp innen rimelig tid.", "Vi får hjelp innan rimeleg tid.", "We get help within a reasonable time."]),
    teamItem("ownSay",
      ["Med og bestemme", "Med og bestemme", "Have a say"],
      ["Vi får være med og bestemme det som gjelder barnet vårt.", "Vi får vere med og bestemme det som gjeld barnet vårt.", "We have a say in decisions about our child."]),
    memberItem("memberListened", "listened",
      ["Lytter til oss", "Lyttar til oss", "Listens to us"],
      ["Vi blir lyttet til av {target}.", "Vi blir lytta til av {target}.", "We are listened to by {target}."]),
    memberItem("memberKnows", "knowEachOther",
      ["Vet hva de andre gjør", "Veit kva dei andre gjer", "Knows what the others do"],
      [
        "Det virker som {target} vet hva de andre som hjelper oss, gjør.",
        "Det verkar som {target} veit kva dei andre som hjelper oss, gjer.",
        "It seems that {target} knows what the other helpers are doing.",
      ]),
    memberItem("memberReach", "whoToAsk",
      ["Lett å få tak i", "Lett å få tak i", "Easy to reach"],
      ["Vi vet hvordan vi kan få tak i {target}.", "Vi veit korleis vi kan få tak i {target}.", "We know how to get in touch with {target}."]),
  ],
};

/** A member item of version 1 (same id, theme and short name) with new wording. */
function reworded(id: string, text: [nb: string, nn: string, en: string]) {
  const v1 = FAMILY_V1.items.find((i) => i.id === id);
  if (!v1) throw new Error(`family 2.0.0: no item "${id}" in 1.0.0`);
  return { ...v1, text: words(text) };
}

/**
 * Version 2: the statements about one helper name the helper as the language needs it — the role's in-sentence
 * form (domain/roles.ts), capitalised where the sentence starts with it ({Target}): «Helsesykepleieren (Kari)
 * lytter til oss.» instead of the passive «Vi blir lyttet til av {target}». The statements about all helpers
 * together, the scale and the themes are those of version 1.
 */
export const FAMILY_V2: Instrument = {
  ...FAMILY_V1,
  version: "2.0.0",
  items: FAMILY_V1.items.map((item) => {
    if (item.id === "memberListened") return reworded(item.id, ["{Target} lytter til oss.", "{Target} lyttar til oss.", "{Target} listens to us."]);
    if (item.id === "memberKnows") {
      return reworded(item.id, [
        "{Target} vet hva de andre som hjelper oss, gjør.",
        "{Target} veit kva dei andre som hjelper oss, gjer.",
        "{Target} knows what the other people who help us are doing.",
      ]);
    }
    if (item.id === "memberReach") return reworded(item.id, ["Vi vet hvordan vi får tak i {target}.", "Vi veit korleis vi får tak i {target}.", "We know how to get in touch with {target}."]);
    return item;
  }),
};
