// Language: bokmål by default, nynorsk and English by ?lang (remembered in a cookie) and by Accept-Language.
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
    expect(nn).toContain("Har du passe mykje kontakt med helsesjukepleiar");
    expect(nn).toContain("Svært dårleg");

    const en = await (await f.app.request(`/s/${t}?lang=en`)).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("Working with Health nurse");
    expect(en).toContain("Is the amount of contact you have with the health nurse about right");
    expect(en).toContain("Save draft");
  });

  it("keeps the chosen language from the cookie and honours Accept-Language otherwise", async () => {
    const f = await makeFixture();
    const t = f.tokens.mTeacher;
    const byCookie = await (await f.app.request(`/s/${t}`, { headers: { cookie: "laget_lang=en" } })).text();
    expect(byCookie).toContain('<html lang="en">');
    const byHeader = await (await f.app.request(`/s/${t}`, { headers: { "accept-language": "nn-NO" } })).text();
    expect(byHeader).toContain('<html lang="nn">');
    const notFound = await (await f.app.request(`/s/${"B".repeat(43)}?lang=en`)).text();
    expect(notFound).toContain("Page not found");
  });
});
