// The family's form over HTTP without JavaScript: consent page, draft, submit, edit ("Lagre endringer"), decline, close.
import { describe, expect, it } from "vitest";
import { FAMILY_TEAM_ITEMS, PROFESSIONALS, familyTeamFields, makeVoiceFixture, postForm } from "./fixture.ts";

describe("family form", () => {
  it("shows the consent page first: what is asked, who sees it, voluntary, answer or decline", async () => {
    const f = await makeVoiceFixture();
    const res = await f.app.request(`/s/${f.tokens.mParent}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("Hvem ser svarene?");
    expect(html).toContain("Teamet ser aldri hva én person har svart på ett enkelt spørsmål");
    expect(html).toContain("Svarer bare én, ser teamet bare ett tall for alle svarene samlet.");
    expect(html).toContain("Den som sendte deg lenken, ser om du har svart.");
    expect(html).toContain("frivillig");
    expect(html).toMatch(/name="action" value="start"/);
    expect(html).toMatch(/name="action" value="decline"/);
    // The choice to be shown in the team's overview, off by default.
    expect(html).toContain('<input type="checkbox" id="f-show" name="show" value="1" aria-describedby="show-help">');
    expect(html).toContain("Som standard er dere ikke med i den");
    expect(html).not.toContain('type="radio"');
  });

  it("the form asks about all helpers, then each professional (never the family seat)", async () => {
    const f = await makeVoiceFixture();
    const html = await (await f.app.request(`/s/${f.tokens.mParent}/form`)).text();
    expect(html).toContain("Alle hjelperne samlet");
    expect(html).toContain("Rollen din i teamet: <strong>Foreldre / foresatte (Mor)</strong>");
    expect(html).toContain("Vi slipper å fortelle historien vår på nytt");
    for (const id of PROFESSIONALS) expect(html).toContain(`id="h-${id}"`);
    expect(html).not.toContain('id="h-mParent"');
    expect(html).toContain("Helsesykepleieren lytter til oss.");
    expect(html).toContain("PP-tjenesten vet hva de andre som hjelper oss, gjør.");
    expect(html).toContain("Vi vet hvordan vi får tak i koordinatoren.");
    expect(html).toContain("Helt enig");
    expect(html).toContain("Vet ikke");
    expect(html.match(/type="radio"/g)).toHaveLength((FAMILY_TEAM_ITEMS.length + PROFESSIONALS.length * 3) * 6);
  });

  it("draft, submit with members skipped, edit keeps it submitted, receipt in words", async () => {
    const f = await makeVoiceFixture();
    const t = f.tokens.mParent;
    let res = await postForm(f, t, { "r._team.whoToAsk": "2" }, "draft");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/s/${t}?saved=1`);
    expect((await f.deps.store.getAnswer("r1", "mParent"))?.submitted).toBe(false);
    // Resuming goes straight to the form (something is saved), with the value checked.
    const resumed = await (await f.browser.request(`/s/${t}`)).text();
    expect(resumed).toMatch(/id="f-_team-whoToAsk-2" name="r\._team\.whoToAsk" value="2" checked/);

    res = await postForm(f, t, { "r._team.whoToAsk": "2" }, "submit");
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("error-summary");

    res = await postForm(f, t, { ...familyTeamFields("4"), "r.mNurse.memberListened": "5", "r._team.timely": "na" }, "submit");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/s/${t}/receipt`);
    const stored = await f.deps.store.getAnswer("r1", "mParent");
    expect(stored?.submitted).toBe(true);
    expect(stored?.ratings).toContainEqual({ target: "mNurse", item: "memberListened", value: 5 });
    const receipt = await (await f.browser.request(`/s/${t}/receipt`)).text();
    expect(receipt).toContain("Takk!");
    expect(receipt).toContain("Litt enig");
    expect(receipt).toContain("Helsesykepleier");
    expect(receipt).toContain("<dt>Helsesykepleieren lytter til oss.</dt>");
    expect(receipt).not.toContain("Fysioterapeut");

    const form = await (await f.browser.request(`/s/${t}`)).text();
    expect(form).toContain("Lagre endringer");
    expect(form).not.toContain("Lagre utkast");
    res = await postForm(f, t, { ...familyTeamFields("5") }, "draft");
    expect(res.status).toBe(303);
    const edited = await f.deps.store.getAnswer("r1", "mParent");
    expect(edited?.submitted).toBe(true);
    expect(edited?.ratings.find((r) => r.item === "whoToAsk")?.value).toBe(5);
    expect(await (await f.browser.request(res.headers.get("location")!)).text()).toContain("fortsatt sendt inn");
  });

  it("the consent page's choice: 'I want to answer' stores it (off by default) and the form lets them change it", async () => {
    const f = await makeVoiceFixture();
    const t = f.tokens.mParent;
    let res = await postForm(f, t, {}, "start");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/s/${t}/form`);
    expect(await f.deps.store.getAnswer("r1", "mParent")).toMatchObject({ ratings: [], submitted: false, showInMeeting: false });
    let form = await (await f.browser.request(`/s/${t}/form`)).text();
    expect(form).toContain('name="show" value="1" aria-describedby="show-help">');
    res = await postForm(f, t, { ...familyTeamFields("4"), show: "1" }, "submit");
    expect(res.status).toBe(303);
    expect(await f.deps.store.getAnswer("r1", "mParent")).toMatchObject({ submitted: true, showInMeeting: true });
    form = await (await f.browser.request(`/s/${t}`)).text();
    expect(form).toContain('name="show" value="1" aria-describedby="show-help" checked>');
    // Unticked on a later save: no longer shown.
    await postForm(f, t, familyTeamFields("4"), "draft");
    expect((await f.deps.store.getAnswer("r1", "mParent"))?.showInMeeting).toBe(false);
    // Another browser with the link can neither see nor change the choice.
    expect((await postForm(f, t, { show: "1" }, "start", {}, f.device())).status).toBe(403);
    expect((await f.deps.store.getAnswer("r1", "mParent"))?.showInMeeting).toBe(false);
  });

  it("rejects team items and other family seats as targets", async () => {
    const f = await makeVoiceFixture();
    expect((await postForm(f, f.tokens.mParent, { "r._team.frequent": "3" }, "draft")).status).toBe(400);
    expect((await postForm(f, f.tokens.mParent, { "r.mNurse.whoToAsk": "3" }, "draft")).status).toBe(400);
    expect((await postForm(f, f.tokens.mParent, { "r.mParent.memberListened": "3" }, "draft")).status).toBe(400);
  });

  it("'Jeg vil ikke svare' stores no answers, shows a kind receipt and lets them change their mind", async () => {
    const f = await makeVoiceFixture();
    const t = f.tokens.mParent;
    const res = await postForm(f, t, { "r._team.whoToAsk": "1" }, "decline");
    expect(res.status).toBe(303);
    const stored = await f.deps.store.getAnswer("r1", "mParent");
    expect(stored?.ratings).toEqual([]);
    expect(stored?.submitted).toBe(true);
    const receipt = await (await f.browser.request(`/s/${t}/receipt`)).text();
    expect(receipt).toContain("Du har valgt å ikke svare");
    expect(receipt).toContain(`href="/s/${t}/form"`);
    expect(await (await f.browser.request(`/s/${t}`)).text()).toContain("Hvem ser svarene?");
  });

  it("after close: no form, posts get 409, the receipt has no edit link", async () => {
    const f = await makeVoiceFixture();
    const t = f.tokens.mParent;
    await postForm(f, t, familyTeamFields("3"), "submit");
    await f.deps.store.putRound({ ...f.round, status: "closed", closedAt: "2025-03-20T00:00:00.000Z" });
    expect(await (await f.browser.request(`/s/${t}/form`)).text()).toContain("Takk, svarene dine er med");
    expect((await postForm(f, t, familyTeamFields("5"), "submit")).status).toBe(409);
    expect((await postForm(f, t, {}, "decline")).status).toBe(409);
    const receipt = await (await f.browser.request(`/s/${t}/receipt`)).text();
    expect(receipt).toContain("Takk!");
    expect(receipt).not.toContain("Endre svarene");
  });

  it("the JSON API serves the family form with the _team target and accepts a PUT", async () => {
    const f = await makeVoiceFixture();
    const t = f.tokens.mParent;
    const body = await (await f.app.request(`/api/s/${t}`)).json();
    expect(body.form).toBe("family");
    expect(body.targets.map((x: { id: string }) => x.id)).toEqual(["_team", ...PROFESSIONALS]);
    const put = await f.app.request(`/api/s/${t}`, {
      method: "PUT", headers: { "content-type": "application/json" },
      body: JSON.stringify({ ratings: FAMILY_TEAM_ITEMS.map((item) => ({ target: "_team", item, value: 3 })), submit: true }),
    });
    expect(put.status).toBe(200);
    expect((await put.json()).submitted).toBe(true);
  });
});
