// The respondent knows where they are: a saved draft returns to the section it was saved from, and the form says which role they answer as.
import { describe, expect, it } from "vitest";
import { makeVoiceFixture } from "../voices/fixture.ts";
import { makeFixture, postForm } from "./fixture.ts";

/** The HTML of the section with anchor id `id` (up to its closing tag). */
const section = (html: string, id: string) => {
  const start = html.indexOf(`id="${id}"`);
  return start < 0 ? "" : html.slice(start, html.indexOf("</section>", start));
};

describe("«Lagre utkast» keeps your place", () => {
  it("a draft saved in a section returns to that section, with the notice there and not at the top", async () => {
    const f = await makeFixture();
    const t = f.tokens.mTeacher;
    const res = await postForm(f, t, { "r.mNurse.frequent": "2" }, "draft:mNurse");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/s/${t}?saved=mNurse#m-mNurse-end`);
    expect((await f.deps.store.getAnswer("r1", "mTeacher"))?.ratings).toEqual([{ target: "mNurse", item: "frequent", value: 2 }]);
    const html = await (await f.browser.request(res.headers.get("location")!)).text();
    const notice = '<p class="notice" role="status">Utkastet er lagret. Du kan fortsette her eller senere med den samme lenken.</p>';
    expect(section(html, "m-mNurse")).toContain(notice);
    // The fragment names the end of that section, where its draft button and the notice are.
    expect(section(html, "m-mNurse")).toContain(`<div class="section-end" id="m-mNurse-end">${notice}`);
    expect(html.match(/class="notice" role="status"/g)).toHaveLength(1);
    expect(html.indexOf(notice)).toBeGreaterThan(html.indexOf('id="m-mNurse"'));
  });

  it("a draft saved with the buttons at the end returns to them; a section the form does not have goes to the top", async () => {
    const f = await makeFixture();
    const t = f.tokens.mTeacher;
    const end = await postForm(f, t, { "r.mPpt.timely": "4" }, "draft:send");
    expect(end.headers.get("location")).toBe(`/s/${t}?saved=send#send`);
    const html = await (await f.browser.request(end.headers.get("location")!)).text();
    expect(html.slice(html.indexOf('id="send"'))).toContain('role="status"');
    // The respondent's own seat and unknown ids are not sections of this form: back to the top, as before.
    for (const at of ["mTeacher", "nobody", "%3Cscript%3E"]) {
      const res = await postForm(f, t, { "r.mPpt.timely": "4" }, `draft:${at}`);
      expect(res.headers.get("location"), at).toBe(`/s/${t}?saved=1`);
    }
    const forged = await (await f.browser.request(`/s/${t}?saved=mTeacher`)).text();
    expect(forged).not.toContain('role="status"');
  });
});

describe("the form says which role you answer as", () => {
  it("the team form, its JSON state and the family's form name the respondent's own seat", async () => {
    const f = await makeFixture();
    const nurse = await (await f.app.request(`/s/${f.tokens.mNurse}`)).text();
    expect(nurse).toContain('<p class="you">Rollen din i teamet: <strong>Helsesykepleier</strong></p>');
    const teacher = await (await f.app.request(`/s/${f.tokens.mTeacher}?lang=en`)).text();
    expect(teacher).toContain("<strong>Teacher (3B)</strong>");
    const state = await (await f.app.request(`/api/s/${f.tokens.mKoord}`)).json();
    expect(state.rater).toEqual({ role: "KOORD", label: "", name: "Koordinator" });

    const v = await makeVoiceFixture();
    await postForm(v, v.tokens.mParent, {}, "start");
    const family = await (await v.browser.request(`/s/${v.tokens.mParent}/form`)).text();
    expect(family).toContain("<strong>Foreldre / foresatte (Mor)</strong>");
    // The child's form names no seat: the child has no role in the team.
    await postForm(v, v.childToken, {}, "start");
    const child = await (await v.browser.request(`/s/${v.childToken}/form`)).text();
    expect(child).not.toContain('class="you"');
  });
});
