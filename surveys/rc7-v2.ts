// The seven-dimension team instrument, version 2: every question asks "to what extent", answered on a degree scale (5 = best).
import type { Instrument, InstrumentItem } from "./schema.ts";
import { RC7_V1 } from "./rc7.ts";
import { words, type Words } from "./items.ts";

/** An item of version 1 (same id, group and short name) with new wording. */
function reworded(id: string, text: Words): InstrumentItem {
  const v1 = RC7_V1.items.find((i) => i.id === id);
  if (!v1) throw new Error(`rc7 2.0.0: no item "${id}" in 1.0.0`);
  return { ...v1, text: words(text) };
}

/**
 * Version 1 asked yes/no questions ("Har du og {target} de samme målene?") on a poor–good scale. Here each
 * question asks to what extent something holds, and the scale's words answer exactly that. Items, their
 * order, groups and short names are those of version 1, so subscores and the family band's themes carry over.
 * `{target}` is the role's in-sentence form (domain/roles.ts), e.g. "koordinatoren (Kari)".
 */
export const RC7_V2: Instrument = {
  ...RC7_V1,
  version: "2.0.0",
  scale: {
    low: { nb: "I svært liten grad", nn: "I svært liten grad", en: "To a very small extent" },
    high: { nb: "I svært stor grad", nn: "I svært stor grad", en: "To a very great extent" },
  },
  items: [
    reworded("frequent", [
      "I hvilken grad har du passe mye kontakt med {target} – verken for lite eller for mye?",
      "I kva grad har du passe mykje kontakt med {target} – verken for lite eller for mykje?",
      "To what extent do you have the right amount of contact with {target} – neither too little nor too much?",
    ]),
    reworded("timely", [
      "I hvilken grad får du beskjed fra {target} i tide?",
      "I kva grad får du beskjed frå {target} i tide?",
      "To what extent do you hear from {target} in time?",
    ]),
    reworded("accurate", [
      "I hvilken grad er informasjonen du får fra {target}, riktig og til å stole på?",
      "I kva grad er informasjonen du får frå {target}, rett og til å stole på?",
      "To what extent is the information you get from {target} correct and reliable?",
    ]),
    reworded("problemSolving", [
      "I hvilken grad leter du og {target} etter løsninger sammen når noe går galt, i stedet for å lete etter feil hos hverandre?",
      "I kva grad leitar du og {target} etter løysingar saman når noko går gale, i staden for å leite etter feil hos kvarandre?",
      "To what extent do you and {target} look for solutions together when something goes wrong, rather than for someone to blame?",
    ]),
    reworded("sharedGoals", [
      "I hvilken grad har du og {target} de samme målene for barnet?",
      "I kva grad har du og {target} dei same måla for barnet?",
      "To what extent do you and {target} share the same goals for the child?",
    ]),
    reworded("sharedKnowledge", [
      "I hvilken grad vet {target} hva du gjør i arbeidet med barnet?",
      "I kva grad veit {target} kva du gjer i arbeidet med barnet?",
      "To what extent does {target} know what you do in your work with the child?",
    ]),
    reworded("mutualRespect", [
      "I hvilken grad opplever du at {target} verdsetter det du bidrar med?",
      "I kva grad opplever du at {target} verdset det du bidreg med?",
      "To what extent do you feel that {target} values what you contribute?",
    ]),
  ],
};
