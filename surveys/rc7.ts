// The default seven-dimension relational-capacity instrument (our own wording; 5 = best).
import type { Instrument } from "./schema.ts";

export const RC7_V1: Instrument = {
  id: "rc7",
  version: "1.0.0",
  audience: "team",
  name: {
    nb: "Relasjonell kapasitet – sju dimensjoner",
    nn: "Relasjonell kapasitet – sju dimensjonar",
    en: "Relational capacity – seven dimensions",
  },
  scale: {
    low: { nb: "Svært dårlig", nn: "Svært dårleg", en: "Very poor" },
    high: { nb: "Svært godt", nn: "Svært godt", en: "Very good" },
  },
  items: [
    {
      id: "frequent",
      group: "communication",
      short: { nb: "Hyppighet", nn: "Kor ofte", en: "Frequency" },
      text: {
        nb: "Har du passe mye kontakt med {target} – verken for lite eller for mye?",
        nn: "Har du passe mykje kontakt med {target} – verken for lite eller for mykje?",
        en: "Is the amount of contact you have with {target} about right – neither too little nor too much?",
      },
    },
    {
      id: "timely",
      group: "communication",
      short: { nb: "I tide", nn: "I tide", en: "Timely" },
      text: {
        nb: "Får du beskjed fra {target} i tide, når du trenger den?",
        nn: "Får du beskjed frå {target} i tide, når du treng han?",
        en: "Do you hear from {target} in time, when you need it?",
      },
    },
    {
      id: "accurate",
      group: "communication",
      short: { nb: "Presis", nn: "Presis", en: "Accurate" },
      text: {
        nb: "Er informasjonen du får fra {target} riktig og til å stole på?",
        nn: "Er informasjonen du får frå {target} rett og til å stole på?",
        en: "Is the information you get from {target} correct and reliable?",
      },
    },
    {
      id: "problemSolving",
      group: "communication",
      short: { nb: "Problemløsning", nn: "Problemløysing", en: "Problem solving" },
      text: {
        nb: "Når noe går galt, leter du og {target} etter løsninger sammen i stedet for å finne feil hos hverandre?",
        nn: "Når noko går gale, leitar du og {target} etter løysingar saman i staden for å finne feil hos kvarandre?",
        en: "When something goes wrong, do you and {target} look for solutions together rather than for someone to blame?",
      },
    },
    {
      id: "sharedGoals",
      group: "relationship",
      short: { nb: "Felles mål", nn: "Felles mål", en: "Shared goals" },
      text: {
        nb: "Har du og {target} de samme målene for barnet?",
        nn: "Har du og {target} dei same måla for barnet?",
        en: "Do you and {target} share the same goals for the child?",
      },
    },
    {
      id: "sharedKnowledge",
      group: "relationship",
      short: { nb: "Kjenner arbeidet", nn: "Kjenner arbeidet", en: "Shared knowledge" },
      text: {
        nb: "Vet {target} hva du gjør i arbeidet med barnet?",
        nn: "Veit {target} kva du gjer i arbeidet med barnet?",
        en: "Is what you do in your work with the child known to {target}?",
      },
    },
    {
      id: "mutualRespect",
      group: "relationship",
      short: { nb: "Respekt", nn: "Respekt", en: "Mutual respect" },
      text: {
        nb: "Opplever du at {target} verdsetter det du bidrar med?",
        nn: "Opplever du at {target} verdset det du bidreg med?",
        en: "Do you feel that what you contribute is valued by {target}?",
      },
    },
  ],
};
