// Language: the round's language (bokmål by default), nynorsk and English by ?lang (remembered in a cookie); never the device's Accept-Language.
import { describe, expect, it } from "vitest";
import { negotiateLang } from "../../../server/i18n/index.ts";
import { makeFixture } from "./fixture.ts";

describe("language negotiation", () => {
  it.each([
    [{}, "nb"],
    [{ acceptLanguage: "nn-NO,nn;q=0.9" }, "nn"],
    [{ acceptLanguage: "de-DE, en;q=0.8, nb;q=0.9" }, "nb"],
    [{ acceptLanguage: "no" }, "nb"],
    [{ acceptLanguage: "en-US,en;q=0.9" }, "en"],
    [{ acceptLanguage: "fr" }, "nb"],
    [{ cookie: "en", acceptLanguage: "nn" }, "en"],
    [{ query: "nn", cookie: "en" }, "nn"],
    [{ query: "xx", cookie: "zz" }, "nb"],
    [{ acceptLanguage: "en-US", fallback: "nb" }, "nb"],
    [{ acceptLanguage: "nb", fallback: "nn" }, "nn"],
    [{ cookie: "en", fallback: "nn" }, "en"],
  ] as const)("%j → %s", (input, lang) => {
    expect(negotiateLang(input)).toBe(lang);
  });
});

describe("language on the pages", () => {
  it("shows a visible switch and renders nynorsk and English content with the right lang attribute", async () => {
    const f = await makeFixture();
    const t = f.tokens.mTeacher;
    const nb = await (await f.app.request(`/s/${t}`)).text();
    expect(nb).toContain('href="?lang=nn"');
    expect(nb).toContain('href="?lang=en"');
    expect(nb).toContain('aria-current="true">Bokmål');

    const nnRes = await f.app.request(`/s/${t}?lang=nn`);
    expect(nnRes.headers.get("set-cookie")).toMatch(/laget_lang=nn;.*Path=\/.*HttpOnly.*SameSite=Lax/);
    const nn = await nnRes.text();
    expect(nn).toContain('<html lang="nn">');
    expect(nn).toContain("Korleis samarbeider teamet rundt barnet?");
    expect(nn).toContain("Veit ikkje / ikkje aktuelt");
    expect(nn).toContain("I kva grad har du passe mykje kontakt med helsesjukepleiaren");
    expect(nn).toContain("Samarbeidet med koordinatoren");
    expect(nn).toContain("Rolla di i teamet: <strong>Lærar (3B)</strong>");
    expect(nn).toContain("I svært liten grad");

    const en = await (await f.app.request(`/s/${t}?lang=en`)).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("Working with the health nurse");
    expect(en).toContain("To what extent do you have the right amount of contact with the health nurse");
    expect(en).toContain("Save draft");
  });

  it("a phone set to English gets the round's language; the switch (remembered in a cookie) picks another", async () => {
    const f = await makeFixture();
    const t = f.tokens.mTeacher;
    const english = { "accept-language": "en-US,en;q=0.9" };
    const phone = await (await f.app.request(`/s/${t}`, { headers: english })).text();
    expect(phone).toContain('<html lang="nb">');
    expect(phone).toContain("Samarbeidet med koordinatoren");
    const byCookie = await (await f.app.request(`/s/${t}`, { headers: { cookie: "laget_lang=en", ...english } })).text();
    expect(byCookie).toContain('<html lang="en">');
    const notFound = await (await f.app.request(`/s/${"B".repeat(43)}`, { headers: english })).text();
    expect(notFound).toContain("Fant ikke siden");
    expect(await (await f.app.request(`/s/${"B".repeat(43)}?lang=en`)).text()).toContain("Page not found");
  });

  it("a round in nynorsk opens in nynorsk on any phone, and in bokmål when the respondent switches", async () => {
    const f = await makeFixture({ language: "nn" });
    const t = f.tokens.mNurse;
    const page = await (await f.app.request(`/s/${t}`, { headers: { "accept-language": "nb-NO,nb;q=0.9,en;q=0.8" } })).text();
    expect(page).toContain('<html lang="nn">');
    expect(page).toContain("Korleis samarbeider teamet rundt barnet?");
    expect(page).toContain("I kva grad veit læraren (3B) kva du gjer i arbeidet med barnet?");
    const nb = await (await f.app.request(`/s/${t}?lang=nb`)).text();
    expect(nb).toContain("I hvilken grad vet læreren (3B) hva du gjør i arbeidet med barnet?");
  });
});
