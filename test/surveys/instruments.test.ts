// Pins every shipped instrument version (ids, texts, groups) to the snapshot in test/fixtures/instruments.json, and checks the wording fits its scale.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_ROLES } from "../../domain/roles.ts";
import { getInstrument, listInstruments, type Instrument } from "../../surveys/index.ts";
import { itemText, targetPhrase } from "../../surveys/text.ts";

const fixture = JSON.parse(readFileSync(new URL("../fixtures/instruments.json", import.meta.url), "utf8")) as { list: Instrument[]; versions: Instrument[] };

describe("instrument content", () => {
  it("listInstruments() is the latest version of each, as stored", () => {
    expect(JSON.parse(JSON.stringify(listInstruments()))).toStrictEqual(fixture.list);
    expect(listInstruments().map((i) => `${i.id}@${i.version}`)).toEqual(["rc7@2.0.0", "family@2.0.0", "child-8-12@1.0.0", "child-13-16@1.0.0"]);
  });

  it("every version ever shipped is still there, word for word (stored rounds keep their text)", () => {
    expect(fixture.versions.map((i) => `${i.id}@${i.version}`)).toEqual([
      "rc7@1.0.0", "family@1.0.0", "child-8-12@1.0.0", "child-13-16@1.0.0", "rc7@2.0.0", "family@2.0.0",
    ]);
    for (const stored of fixture.versions) {
      expect(JSON.parse(JSON.stringify(getInstrument(stored.id, stored.version))), `${stored.id}@${stored.version}`).toStrictEqual(stored);
    }
  });
});

describe("rc7 2.0.0: questions that fit the scale", () => {
  const v2 = getInstrument("rc7", "2.0.0")!;
  const v1 = getInstrument("rc7", "1.0.0")!;

  it("keeps the items, groups and short names of 1.0.0, with a degree scale (5 best)", () => {
    expect(v2.items.map(({ id, group, short }) => ({ id, group, short }))).toEqual(v1.items.map(({ id, group, short }) => ({ id, group, short })));
    expect(v2.scale).toEqual({
      low: { nb: "I svært liten grad", nn: "I svært liten grad", en: "To a very small extent" },
      high: { nb: "I svært stor grad", nn: "I svært stor grad", en: "To a very great extent" },
    });
  });

  it("asks every question as «to what extent», so «I svært liten grad … I svært stor grad» answers it", () => {
    for (const item of v2.items) {
      expect(item.text.nb, item.id).toMatch(/^I hvilken grad /);
      expect(item.text.nn, item.id).toMatch(/^I kva grad /);
      expect(item.text.en, item.id).toMatch(/^To what extent /);
      for (const lang of ["nb", "nn", "en"] as const) expect(item.text[lang].match(/\{target\}/g), `${item.id} ${lang}`).toHaveLength(1);
    }
    // The yes/no question of 1.0.0, reworded.
    expect(v1.items.find((i) => i.id === "sharedGoals")!.text.nb).toBe("Har du og {target} de samme målene for barnet?");
    expect(itemText(v2.items.find((i) => i.id === "sharedGoals")!, "nb", targetPhrase("KOORD", "", "nb"))).toBe(
      "I hvilken grad har du og koordinatoren de samme målene for barnet?",
    );
  });

  it("names every role of the catalogue in the definite form, lower-case mid-sentence, with a member's label after it", () => {
    const frequent = v2.items.find((i) => i.id === "frequent")!;
    const expected: Record<string, [string, string, string]> = {
      KOORD: ["koordinatoren", "koordinatoren", "the coordinator"],
      SKLær: ["læreren", "læraren", "the teacher"],
      HEGE: ["helsesykepleieren", "helsesjukepleiaren", "the health nurse"],
      PPT: ["PP-tjenesten", "PP-tenesta", "the educational-psychological service"],
      FORÆ: ["foreldrene eller de foresatte", "foreldra eller dei føresette", "the parents or guardians"],
    };
    for (const [role, [nb, nn, en]] of Object.entries(expected)) {
      expect(targetPhrase(role, "", "nb")).toBe(nb);
      expect(targetPhrase(role, "", "nn")).toBe(nn);
      expect(targetPhrase(role, "", "en")).toBe(en);
    }
    for (const role of DEFAULT_ROLES) {
      for (const lang of ["nb", "nn", "en"] as const) {
        const phrase = targetPhrase(role.id, "Kari", lang);
        expect(phrase, `${role.id} ${lang}`).toMatch(/ \(Kari\)$/);
        // Lower-case unless the name is an abbreviation (PP-tjenesten).
        expect(phrase === phrase.charAt(0).toLowerCase() + phrase.slice(1) || /^[A-ZÆØÅ]{2}/.test(phrase), `${role.id} ${lang}: ${phrase}`).toBe(true);
        expect(itemText(frequent, lang, phrase)).toContain(phrase);
      }
    }
    expect(itemText(frequent, "nb", targetPhrase("KOORD", "Kari", "nb"))).toBe(
      "I hvilken grad har du passe mye kontakt med koordinatoren (Kari) – verken for lite eller for mye?",
    );
  });
});

describe("family 2.0.0", () => {
  it("starts a statement with the helper where the sentence does, capitalised: «Helsesykepleieren (Kari) lytter til oss.»", () => {
    const v2 = getInstrument("family", "2.0.0")!;
    const listened = v2.items.find((i) => i.id === "memberListened")!;
    expect(itemText(listened, "nb", targetPhrase("HEGE", "Kari", "nb"))).toBe("Helsesykepleieren (Kari) lytter til oss.");
    expect(itemText(listened, "nn", targetPhrase("HEGE", "Kari", "nn"))).toBe("Helsesjukepleiaren (Kari) lyttar til oss.");
    expect(itemText(listened, "en", targetPhrase("HEGE", "Kari", "en"))).toBe("The health nurse (Kari) listens to us.");
    expect(itemText(listened, "nb", targetPhrase("PPT", "", "nb"))).toBe("PP-tjenesten lytter til oss.");
    const reach = v2.items.find((i) => i.id === "memberReach")!;
    expect(itemText(reach, "nn", targetPhrase("KOORD", "", "nn"))).toBe("Vi veit korleis vi får tak i koordinatoren.");
    // The statements about all helpers together, the scale and the themes stay as in 1.0.0.
    const v1 = getInstrument("family", "1.0.0")!;
    expect(v2.scale).toEqual(v1.scale);
    expect(v2.items.filter((i) => i.about === "team")).toEqual(v1.items.filter((i) => i.about === "team"));
    expect(v2.items.map((i) => [i.id, i.group])).toEqual(v1.items.map((i) => [i.id, i.group]));
  });
});
