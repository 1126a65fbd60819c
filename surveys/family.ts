// The family's instrument (parents/guardians): experienced coordination, about the team and each member (our own wording; 5 = best).
import type { Instrument } from "./schema.ts";

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
 * "we don't have to"). `group` is the theme the family band compares with the team (analysis/family).
 */
export const FAMILY_V1: Instrument = {
  id: "family",
  version: "1.0.0",
  audience: "family",
  name: { nb: "Familiens opplevelse av samarbeidet", nn: "Familien si oppleving av samarbeidet", en: "The family's experience of the collaboration" },
  scale: { low: AGREE[0], high: AGREE[4], labels: AGREE },
  items: [
    {
      id: "whoToAsk", group: "whoToAsk", about: "team",
      short: { nb: "Vet hvem vi kan spørre", nn: "Veit kven vi kan spørje", en: "Know who to ask" },
      text: { nb: "Vi vet hvem vi skal spørre når vi lurer på noe.", nn: "Vi veit kven vi skal spørje når vi lurer på noko.", en: "We know who to ask when we wonder about something." },
    },
    {
      id: "tellOnce", group: "tellOnce", about: "team",
      short: { nb: "Slipper å gjenta historien", nn: "Slepp å gjenta historia", en: "No need to repeat our story" },
      text: {
        nb: "Vi slipper å fortelle historien vår på nytt hver gang vi møter en ny hjelper.",
        nn: "Vi slepp å fortelje historia vår på nytt kvar gong vi møter ein ny hjelpar.",
        en: "We don't have to tell our story again every time we meet a new helper.",
      },
    },
    {
      id: "listened", group: "listened", about: "team",
      short: { nb: "Blir lyttet til", nn: "Blir lytta til", en: "Listened to" },
      text: { nb: "Vi blir lyttet til når vi sier hva barnet vårt trenger.", nn: "Vi blir lytta til når vi seier kva barnet vårt treng.", en: "We are listened to when we say what our child needs." },
    },
    {
      id: "knowEachOther", group: "knowEachOther", about: "team",
      short: { nb: "Hjelperne vet om hverandre", nn: "Hjelparane veit om kvarandre", en: "Helpers know each other's work" },
      text: { nb: "De som hjelper oss, vet hva de andre gjør.", nn: "Dei som hjelper oss, veit kva dei andre gjer.", en: "The people who help us know what the others are doing." },
    },
    {
      id: "timely", group: "timely", about: "team",
      short: { nb: "Hjelp i tide", nn: "Hjelp i tide", en: "Help in time" },
      text: { nb: "Vi får hjelp innen rimelig tid.", nn: "Vi får hjelp innan rimeleg tid.", en: "We get help within a reasonable time." },
    },
    {
      id: "ownSay", group: "ownSay", about: "team",
      short: { nb: "Med og bestemme", nn: "Med og bestemme", en: "Have a say" },
      text: { nb: "Vi får være med og bestemme det som gjelder barnet vårt.", nn: "Vi får vere med og bestemme det som gjeld barnet vårt.", en: "We have a say in decisions about our child." },
    },
    {
      id: "memberListened", group: "listened", about: "member",
      short: { nb: "Lytter til oss", nn: "Lyttar til oss", en: "Listens to us" },
      text: { nb: "Vi blir lyttet til av {target}.", nn: "Vi blir lytta til av {target}.", en: "We are listened to by {target}." },
    },
    {
      id: "memberKnows", group: "knowEachOther", about: "member",
      short: { nb: "Vet hva de andre gjør", nn: "Veit kva dei andre gjer", en: "Knows what the others do" },
      text: {
        nb: "Det virker som {target} vet hva de andre som hjelper oss, gjør.",
        nn: "Det verkar som {target} veit kva dei andre som hjelper oss, gjer.",
        en: "It seems that {target} knows what the other helpers are doing.",
      },
    },
    {
      id: "memberReach", group: "whoToAsk", about: "member",
      short: { nb: "Lett å få tak i", nn: "Lett å få tak i", en: "Easy to reach" },
      text: { nb: "Vi vet hvordan vi kan få tak i {target}.", nn: "Vi veit korleis vi kan få tak i {target}.", en: "We know how to get in touch with {target}." },
    },
  ],
};
