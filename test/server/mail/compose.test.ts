// The mail texts in nb, nn and en: subject, plain text and HTML, who asked, about 5 minutes, closing time, escaping.
import { describe, expect, it } from "vitest";
import { composeMail, type MailContent } from "../../../server/mail/templates/compose.ts";
import { MAIL_EN } from "../../../server/mail/templates/text-en.ts";
import { MAIL_NB } from "../../../server/mail/templates/text-nb.ts";
import { MAIL_NN } from "../../../server/mail/templates/text-nn.ts";

const base: MailContent = {
  lang: "nb", kind: "link", form: "team", url: "https://laget.kommune.no/s/abc?lang=nb", asker: "Kari Nordmann", place: "Heimdal skole",
  closesAt: "2025-04-01T10:00:00.000Z", hasDraft: false,
};

describe("composeMail", () => {
  it("has the same keys in every language, none empty", () => {
    expect(Object.keys(MAIL_NN).sort()).toEqual(Object.keys(MAIL_NB).sort());
    expect(Object.keys(MAIL_EN).sort()).toEqual(Object.keys(MAIL_NB).sort());
    for (const table of [MAIL_NB, MAIL_NN, MAIL_EN]) for (const v of Object.values(table)) expect(v.trim()).not.toBe("");
  });

  it.each([
    ["nb", "Hvordan samarbeider teamet?", "omtrent 5 minutter", "fram til 1. april 2025 kl. 12:00"],
    ["nn", "Korleis samarbeider teamet?", "om lag 5 minutt", "fram til 1. april 2025 kl. 12:00"],
    ["en", "How does the team work together?", "about 5 minutes", "until 1 April 2025 at 12:00"],
  ] as const)("%s: subject, who asked, how long, when it closes (Oslo time), the link in both parts", (lang, subject, minutes, closes) => {
    const m = composeMail({ ...base, lang, url: `https://laget.kommune.no/s/abc?lang=${lang}` });
    expect(m.subject.startsWith(subject)).toBe(true);
    for (const part of [m.text, m.html]) {
      expect(part).toContain("Kari Nordmann (Heimdal skole)");
      expect(part).toContain(minutes);
      expect(part).toContain(closes);
    }
    expect(m.text).toContain(`https://laget.kommune.no/s/abc?lang=${lang}`);
    expect(m.html).toContain(`href="https://laget.kommune.no/s/abc?lang=${lang}"`);
    expect(m.html).toContain(`<html lang="${lang}">`);
    expect(m.text.split(/\s+/).length).toBeLessThan(120); // short
  });

  it("says the form stays open until the facilitator closes it when there is no closing time", () => {
    expect(composeMail({ ...base, closesAt: null }).text).toContain("Skjemaet er åpent til Kari Nordmann lukker det.");
    expect(composeMail({ ...base, lang: "en", closesAt: null }).text).toContain("The form stays open until Kari Nordmann closes it.");
  });

  it("reminders say so, mention the kept draft only when there is one, and that the old link is replaced", () => {
    const r = composeMail({ ...base, kind: "reminder", hasDraft: true });
    expect(r.subject).toBe("Påminnelse: Hvordan samarbeider teamet? Kort spørreskjema (ca. 5 min)");
    expect(r.text).toContain("Svarene du har lagret, er tatt vare på");
    expect(r.text).toContain("Denne lenken erstatter den du fikk før");
    expect(composeMail({ ...base, kind: "reminder", hasDraft: false }).text).not.toContain("lagret, er tatt vare på");
    expect(composeMail({ ...base, kind: "reminder", lang: "nn" }).subject).toMatch(/^Påminning: /);
  });

  it("the family's mail carries the consent text: what the address is used for and when it is erased", () => {
    const en = composeMail({ ...base, lang: "en", form: "family" });
    expect(en.text).toContain("About your e-mail address: The address is used only to send you this link and at most 3 reminders. It is erased when the round closes");
    expect(en.html).toContain("<strong>About your e-mail address:</strong>");
    expect(composeMail({ ...base, lang: "nn", form: "family" }).text).toContain("Ho blir sletta når runden blir lukka");
  });

  it("escapes names in the HTML part", () => {
    const m = composeMail({ ...base, asker: "Kari <script>alert(1)</script>", place: "Skole & barnehage" });
    expect(m.html).not.toContain("<script>");
    expect(m.html).toContain("Kari &lt;script&gt;alert(1)&lt;/script&gt; (Skole &amp; barnehage)");
    expect(m.text).toContain("Kari <script>alert(1)</script> (Skole & barnehage)"); // plain text is plain
  });
});
