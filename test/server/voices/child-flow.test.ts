// The child's form over HTTP (both age versions): consent, faces with words, submit, edit, decline, close; and the team form fix.
import { describe, expect, it } from "vitest";
import { CHILD_SEAT_ID } from "../../../domain/index.ts";
import { makeFixture } from "../survey/fixture.ts";
import { childFields, fullForm, makeVoiceFixture, postForm } from "./fixture.ts";

describe.each(["8-12", "13-16"] as const)("child form %s", (version) => {
  it("consent, six face questions, submit, edit, close", async () => {
    const f = await makeVoiceFixture(version);
    const t = f.childToken;
    const consent = await (await f.app.request(`/s/${t}`)).text();
    expect(consent).toContain("Hei!");
    expect(consent).toContain("Nei takk");
    // The child is told plainly what the adults see; the child has no choice about the team's overview (not a seat in it).
    expect(consent).toContain("ett tall for alle svarene dine samlet, ikke hva du har svart på hvert spørsmål");
    expect(consent).not.toContain('name="show"');
    const form = await (await f.app.request(`/s/${t}/form`)).text();
    expect(form).not.toMatch(/<script|<textarea|type="text"/i);
    expect(form.match(/<fieldset class="cq faces/g)).toHaveLength(6);
    expect(form.match(/<svg class="face"[^>]*aria-hidden="true"/g)).toHaveLength(30);
    expect(form).toContain('<span class="word">Noen ganger</span>');
    expect(form).toContain("Spørsmål 1 av 6");
    expect(form).toContain(version === "8-12" ? "Hører de voksne på det du sier?" : "Blir du lyttet til når du sier hva du mener?");

    const missing = await postForm(f, t, { "r._team.listened": "4" }, "submit");
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain("Du har glemt noen spørsmål");

    const res = await postForm(f, t, { ...childFields(version, "5"), "r._team.timely": "na" }, "submit");
    expect(res.status).toBe(303);
    const stored = await f.deps.store.getAnswer("r1", CHILD_SEAT_ID);
    expect(stored?.submitted).toBe(true);
    expect(stored?.ratings).toHaveLength(6);
    const receipt = await (await f.browser.request(`/s/${t}/receipt`)).text();
    expect(receipt).toContain("Takk for at du svarte!");
    expect(receipt).toContain("Alltid");

    const edit = await postForm(f, t, childFields(version, "3"), "submit");
    expect(edit.status).toBe(303);
    expect((await f.deps.store.getAnswer("r1", CHILD_SEAT_ID))?.ratings[0].value).toBe(3);

    await f.deps.store.putRound({ ...f.round, status: "closed", closedAt: "2025-03-20T00:00:00.000Z" });
    expect((await postForm(f, t, childFields(version, "1"), "submit")).status).toBe(409);
    expect(await (await f.browser.request(`/s/${t}/form`)).text()).toContain("Takk, svarene dine er med");
  });

  it("'Nei takk' stores nothing but the fact that the child is done", async () => {
    const f = await makeVoiceFixture(version);
    expect((await postForm(f, f.childToken, {}, "decline")).status).toBe(303);
    expect((await f.deps.store.getAnswer("r1", CHILD_SEAT_ID))?.ratings).toEqual([]);
  });
});

describe("child link and team form in the same round", () => {
  it("a child link in a round without the child form is the plain 404", async () => {
    const f = await makeFixture();
    const token = await f.reissue(CHILD_SEAT_ID);
    expect((await f.app.request(`/s/${token}`)).status).toBe(404);
  });

  it("team members still get the team form, rate the parent, and never the child", async () => {
    const f = await makeVoiceFixture();
    const html = await (await f.app.request(`/s/${f.tokens.mNurse}`)).text();
    expect(html).toContain('id="m-mParent"');
    expect(html).not.toContain("_child");
    expect(html.match(/<section class="target"/g)).toHaveLength(5);
  });

  it("family seats get the team form when the round does not include the family", async () => {
    const f = await makeFixture();
    const html = await (await f.app.request(`/s/${f.tokens.mParent}`)).text();
    expect(html).toContain('id="m-mNurse"');
    expect(html).not.toContain("Hvem ser svarene?");
    // Their row and column stay out of the team's overview unless they tick the box on this form.
    expect(html).toContain('name="show" value="1"');
    expect(html).toContain("Som standard er familien ikke med i oversikten teamet ser i møtet");
  });
});

describe("team form after submit (fix)", () => {
  it("offers 'Lagre endringer', and saving keeps the set submitted", async () => {
    const f = await makeFixture();
    const t = f.tokens.mNurse;
    expect((await postForm(f, t, fullForm(f, "mNurse", "4"), "submit")).status).toBe(303);
    const form = await (await f.browser.request(`/s/${t}`)).text();
    expect(form).toContain("Lagre endringer");
    expect(form).not.toContain("Lagre utkast");
    const res = await postForm(f, t, { ...fullForm(f, "mNurse", "4"), "r.mPpt.frequent": "2" }, "draft");
    expect(res.status).toBe(303);
    const stored = await f.deps.store.getAnswer("r1", "mNurse");
    expect(stored?.submitted).toBe(true);
    expect(stored?.ratings.find((r) => r.target === "mPpt" && r.item === "frequent")?.value).toBe(2);
    expect(await (await f.browser.request(res.headers.get("location")!)).text()).toContain("Endringene er lagret");
  });

  it("an incomplete 'Lagre endringer' is refused with the error summary instead of un-submitting", async () => {
    const f = await makeFixture();
    const t = f.tokens.mNurse;
    await postForm(f, t, fullForm(f, "mNurse", "4"), "submit");
    const res = await postForm(f, t, { "r.mPpt.frequent": "2" }, "draft");
    expect(res.status).toBe(422);
    expect((await f.deps.store.getAnswer("r1", "mNurse"))?.ratings.find((r) => r.target === "mPpt" && r.item === "frequent")?.value).toBe(4);
  });
});
