// The child's instruments (ages 8–12 and 13–16): six questions about the adults who help, on a five-face scale.
import type { Instrument } from "../schema.ts";
import { labelledScale, teamItem, type Words } from "../items.ts";

/** How-often steps; each is shown as a face with its word (never a number). */
const OFTEN = [
  { nb: "Aldri", nn: "Aldri", en: "Never" },
  { nb: "Sjelden", nn: "Sjeldan", en: "Rarely" },
  { nb: "Noen ganger", nn: "Nokre gonger", en: "Sometimes" },
  { nb: "Ofte", nn: "Ofte", en: "Often" },
  { nb: "Alltid", nn: "Alltid", en: "Always" },
];

type Q = [id: string, short: Words, text: Words];

/** Builds a child instrument; every item is about the team as a whole and its id is its theme. */
function childInstrument(id: string, ages: string, qs: Q[]): Instrument {
  return {
    id,
    version: "1.0.0",
    audience: "child",
    name: { nb: `Barnets stemme (${ages} år)`, nn: `Barnet si stemme (${ages} år)`, en: `The child's voice (ages ${ages})` },
    scale: labelledScale(OFTEN),
    items: qs.map(([itemId, short, text]) => teamItem(itemId, short, text)),
  };
}

const SHORT: Record<string, Words> = {
  listened: ["Blir hørt", "Blir høyrd", "Listened to"],
  whoToAsk: ["Vet hvem jeg kan spørre", "Veit kven eg kan spørje", "Know who to ask"],
  tellOnce: ["Slipper å gjenta", "Slepp å gjenta", "No need to repeat"],
  knowEachOther: ["De voksne snakker sammen", "Dei vaksne snakkar saman", "Adults talk together"],
  timely: ["Hjelp i tide", "Hjelp i tide", "Help in time"],
  ownSay: ["Med og bestemme", "Med og bestemme", "Have a say"],
};

const q = (id: string, text: Words): Q => [id, SHORT[id], text];

export const CHILD_8_12_V1 = childInstrument("child-8-12", "8–12", [
  q("listened", ["Hører de voksne på det du sier?", "Høyrer dei vaksne på det du seier?", "Do the grown-ups listen to what you say?"]),
  q("whoToAsk", ["Vet du hvem du kan spørre når du trenger hjelp?", "Veit du kven du kan spørje når du treng hjelp?", "Do you know who to ask when you need help?"]),
  q("tellOnce", ["Husker de voksne det du har fortalt før?", "Hugsar dei vaksne det du har fortalt før?", "Do the grown-ups remember what you told them before?"]),
  q("knowEachOther", ["Snakker de voksne som hjelper deg, med hverandre?", "Snakkar dei vaksne som hjelper deg, med kvarandre?", "Do the grown-ups who help you talk with each other?"]),
  q("timely", ["Får du hjelp når du trenger det?", "Får du hjelp når du treng det?", "Do you get help when you need it?"]),
  q("ownSay", ["Får du være med og bestemme ting som handler om deg?", "Får du vere med og bestemme ting som handlar om deg?", "Do you get to help decide things that are about you?"]),
]);

export const CHILD_13_16_V1 = childInstrument("child-13-16", "13–16", [
  q("listened", ["Blir du lyttet til når du sier hva du mener?", "Blir du lytta til når du seier kva du meiner?", "Are you listened to when you say what you think?"]),
  q("whoToAsk", ["Vet du hvem du kan ta kontakt med når du trenger hjelp?", "Veit du kven du kan ta kontakt med når du treng hjelp?", "Do you know who to contact when you need help?"]),
  q("tellOnce", [
    "Vet de voksne det du har fortalt andre før, så du slipper å gjenta det?",
    "Veit dei vaksne det du har fortalt andre før, så du slepp å gjenta det?",
    "Do the adults know what you have told others before, so you don't have to repeat it?",
  ]),
  q("knowEachOther", ["Virker det som de som hjelper deg, snakker sammen?", "Verkar det som dei som hjelper deg, snakkar saman?", "Does it seem like the people who help you talk to each other?"]),
  q("timely", ["Får du hjelp når du trenger det, uten å måtte vente lenge?", "Får du hjelp når du treng det, utan å måtte vente lenge?", "Do you get help when you need it, without waiting long?"]),
  q("ownSay", ["Får du være med og bestemme i saker som handler om deg?", "Får du vere med og bestemme i saker som handlar om deg?", "Do you have a say in matters that are about you?"]),
]);
