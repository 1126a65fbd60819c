// Respondent form end to end over HTTP, posted exactly as a browser without JavaScript: draft, resume, submit, edit, N/A, errors.
import { describe, expect, it } from "vitest";
import { ITEMS, fullForm, makeFixture, postForm } from "./fixture.ts";

const checked = (html: string, target: string, item: string, value: string) =>
  new RegExp(`id="f-${target}-${item}-${value}" name="r\\.${target}\\.${item}" value="${value}" checked`).test(html);

describe("respondent form", () => {
  it("renders the intro and one section per other member, never the respondent", async () => {
    const f = await makeFixture();
    const res = await f.app.request(`/s/${f.tokens.mTeacher}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    const html = await res.text();
    expect(html).toContain('<html lang="nb">');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("Relasjonell kapasitet");
    expect(html).toContain('Rollen din i teamet: <strong>Lærer (3B)</strong>');
    expect(html).toContain("Navnet ditt står ikke der, men er du den eneste i rollen din, kan teamet se hva du har svart om hver enkelt.");
    expect(html).toMatch(/Det tar omtrent \d+ minutter/);
    expect(html.match(/<section class="target"/g)).toHaveLength(5);
    expect(html).not.toContain('id="m-mTeacher"');
    expect(html).toContain("Samarbeidet med foreldrene eller de foresatte (Mor)");
    expect(html).toContain("I hvilken grad har du passe mye kontakt med helsesykepleieren – verken for lite eller for mye?");
    expect(html).toContain("Spørsmål 3 av 7");
    expect(html.match(/type="radio"/g)).toHaveLength(5 * ITEMS.length * 6);
    expect(html).toContain("I svært liten grad");
    expect(html).toContain("I svært stor grad");
    expect(html).toContain("Vet ikke / ikke aktuelt");
    expect(html).toContain('value="draft:mNurse"');
    expect(html).toContain('value="draft:send"');
    expect(html).toContain('value="submit"');
  });

  it("saves a partial draft, then resumes it with the stored values", async () => {
    const f = await makeFixture();
    const t = f.tokens.mPpt;
    const res = await postForm(f, t, { "r.mNurse.frequent": "2", "r.mNurse.timely": "na" }, "draft");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/s/${t}?saved=1`);
    expect(res.headers.get("set-cookie")).toMatch(/laget_device=/);
    const stored = await f.deps.store.getAnswer("r1", "mPpt");
    expect(stored?.submitted).toBe(false);
    expect(stored?.ratings).toEqual([
      { target: "mNurse", item: "frequent", value: 2 },
      { target: "mNurse", item: "timely", value: null },
    ]);
    const html = await (await f.browser.request(res.headers.get("location")!)).text();
    expect(html).toContain("Utkastet er lagret");
    expect(checked(html, "mNurse", "frequent", "2")).toBe(true);
    expect(checked(html, "mNurse", "timely", "na")).toBe(true);
    expect(checked(html, "mNurse", "accurate", "1")).toBe(false);
  });

  it("submit with everything answered (N/A counts) stores it and shows the receipt", async () => {
    const f = await makeFixture();
    const t = f.tokens.mNurse;
    const fields = { ...fullForm(f, "mNurse", "5"), "r.mParent.sharedKnowledge": "na", "r.mPpt.frequent": "1" };
    const res = await postForm(f, t, fields, "submit");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/s/${t}/receipt`);
    const stored = await f.deps.store.getAnswer("r1", "mNurse");
    expect(stored?.submitted).toBe(true);
    expect(stored?.submittedAt).toBe("2025-03-10T09:00:00.000Z");
    expect(stored?.ratings).toHaveLength(5 * ITEMS.length);
    const receipt = await f.browser.request(`/s/${t}/receipt`);
    expect(receipt.headers.get("cache-control")).toBe("no-store");
    const html = await receipt.text();
    expect(html).toContain("Takk! Svarene dine er sendt inn");
    expect(html).toContain("10. mars 2025");
    expect(html).toContain('<dd class="na">Vet ikke / ikke aktuelt</dd>');
    expect(html).toContain("1 – I svært liten grad");
    expect(html).toContain("5 – I svært stor grad");
    // Each answer is named by the question as the form showed it.
    expect(html).toContain("<dt>I hvilken grad får du beskjed fra PP-tjenesten i tide?</dt>");
    expect(html).toContain(`href="/s/${t}"`);
  });

  it("lets the respondent change submitted answers while the round is open", async () => {
    const f = await makeFixture();
    const t = f.tokens.mKoord;
    await postForm(f, t, fullForm(f, "mKoord", "3"), "submit");
    const form = await (await f.browser.request(`/s/${t}`)).text();
    expect(form).toContain("Du sendte inn svarene");
    expect(form).toContain("Send inn endringene");
    expect(checked(form, "mPpt", "mutualRespect", "3")).toBe(true);
    f.setNow("2025-03-11T09:00:00.000Z");
    const res = await postForm(f, t, { ...fullForm(f, "mKoord", "3"), "r.mPpt.mutualRespect": "1" }, "submit");
    expect(res.status).toBe(303);
    const stored = await f.deps.store.getAnswer("r1", "mKoord");
    expect(stored?.ratings.find((r) => r.target === "mPpt" && r.item === "mutualRespect")?.value).toBe(1);
    expect(stored?.submittedAt).toBe("2025-03-11T09:00:00.000Z");
  });

  it("submit with missing items re-renders 422 with values kept, an error summary and a message per field", async () => {
    const f = await makeFixture();
    const t = f.tokens.mParent;
    const fields = fullForm(f, "mParent", "4");
    delete fields["r.mPpt.timely"];
    delete fields["r.mKoord.sharedGoals"];
    fields["r.mNurse.frequent"] = "na";
    const res = await postForm(f, t, fields, "submit");
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('class="error-summary"');
    // The summary names each section by its heading and each question by the number the form shows above it.
    expect(html).toContain(`<li><strong>Samarbeidet med PP-tjenesten:</strong> <a href="#f-mPpt-timely-1">spørsmål 2</a></li>`);
    expect(html).toContain(`<li><strong>Samarbeidet med koordinatoren:</strong> <a href="#f-mKoord-sharedGoals-1">spørsmål 5</a></li>`);
    expect(html).not.toMatch(/Hyppighet|I tide<|Felles mål/);
    expect(html.match(/class="field-error"/g)).toHaveLength(2);
    expect(html).toContain('aria-describedby="e-mPpt-timely"');
    expect(html).toMatch(/<title>Feil: /);
    expect(checked(html, "mNurse", "frequent", "na")).toBe(true);
    expect(checked(html, "mTeacher", "accurate", "4")).toBe(true);
    expect(await f.deps.store.getAnswer("r1", "mParent")).toBeUndefined();
  });

  it("a value outside 1–5 gets a per-field message (400) and nothing is stored", async () => {
    const f = await makeFixture();
    const res = await postForm(f, f.tokens.mParent, { "r.mPpt.timely": "7", "r.mPpt.frequent": "2" }, "draft");
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Dette svaret kunne ikke brukes");
    expect(checked(html, "mPpt", "frequent", "2")).toBe(true);
    expect(await f.deps.store.getAnswer("r1", "mParent")).toBeUndefined();
  });

  it.each([
    ["an unknown target", { "r.nobody.timely": "3" }],
    ["an unknown item", { "r.mPpt.shoeSize": "3" }],
    ["a self-rating", { "r.mParent.timely": "3" }],
    ["a malformed field name", { "r.mPpt": "3" }],
  ])("rejects %s with a plain 400 page", async (_name, fields) => {
    const f = await makeFixture();
    const res = await postForm(f, f.tokens.mParent, fields, "draft");
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Noe i skjemaet var ikke som ventet");
    expect(await f.deps.store.getAnswer("r1", "mParent")).toBeUndefined();
  });

  it("rejects a post without a known action", async () => {
    const f = await makeFixture();
    expect((await postForm(f, f.tokens.mParent, {}, "delete")).status).toBe(400);
  });

  it("a receipt before any answer sends the respondent to the form", async () => {
    const f = await makeFixture();
    const res = await f.browser.request(`/s/${f.tokens.mPpt}/receipt`);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/s/${f.tokens.mPpt}`);
  });
});
