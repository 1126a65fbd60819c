// The family's instrument (parents/guardians): experienced coordination, about the team and each member (our own wording; 5 = best).
import type { Instrument } from "../schema.ts";
import { labelledScale, memberItem, teamItem } from "../items.ts";

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
