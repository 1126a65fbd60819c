// Closed rounds (status or closesAt), unknown, malformed and re-issued tokens: nothing editable, one plain 404.
import { describe, expect, it, vi } from "vitest";
import { fullForm, makeFixture, postForm } from "./fixture.ts";

describe("closed rounds", () => {
  it("status closed: the page says so, shows no form, and a post gets 409", async () => {
    const f = await makeFixture({ status: "closed", closedAt: "2025-03-09T00:00:00.000Z" });
    const t = f.tokens.mPpt;
    const res = await f.app.request(`/s/${t}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Runden er avsluttet");
    expect(html).toContain("Du kan ikke lenger svare i denne runden.");
    expect(html).not.toContain("Takk");
    expect(html).not.toMatch(/<form|<input|<button/);
    const post = await postForm(f, t, fullForm(f, "mPpt"), "submit");
    expect(post.status).toBe(409);
    expect(await post.text()).toContain("Runden er avsluttet");
    expect(await f.deps.store.getAnswer("r1", "mPpt")).toBeUndefined();
  });

  it("closesAt passed (by the injected clock) closes the round; the receipt keeps no edit link", async () => {
    const f = await makeFixture();
    const t = f.tokens.mPpt;
    await postForm(f, t, fullForm(f, "mPpt"), "submit");
    f.setNow("2025-04-01T12:00:00.000Z");
    const html = await (await f.browser.request(`/s/${t}`)).text();
    expect(html).toContain("Takk, svarene dine er med");
    expect(html).toContain("Sendt inn 10. mars 2025");
    expect(html).not.toMatch(/<form|<input/);
    const receipt = await (await f.browser.request(`/s/${t}/receipt`)).text();
    expect(receipt).toContain("Svarene som ble sendt inn, er med når teamet ser på resultatene.");
    expect(receipt).not.toContain(`href="/s/${t}"`);
    expect((await postForm(f, t, fullForm(f, "mPpt", "1"), "submit")).status).toBe(409);
    expect((await f.deps.store.getAnswer("r1", "mPpt"))?.ratings[0].value).toBe(4);
  });

  it("speaks differently to those who answered and those who did not: thanks, a draft that does not count, or no answer", async () => {
    const f = await makeFixture();
    await postForm(f, f.tokens.mPpt, fullForm(f, "mPpt"), "submit");
    const drafter = f.device();
    await postForm(f, f.tokens.mNurse, { "r.mPpt.timely": "3" }, "draft", {}, drafter);
    await f.deps.store.putRound({ ...f.round, status: "closed", closedAt: "2025-03-20T00:00:00.000Z" });
    const page = async (member: string, browser = f.device()) => (await browser.request(`/s/${f.tokens[member]}`)).text();
    const answered = await page("mPpt", f.browser);
    expect(answered).toContain("<h1>Takk, svarene dine er med</h1>");
    const draft = await page("mNurse", drafter);
    expect(draft).toContain("<h1>Runden er avsluttet</h1>");
    expect(draft).toContain("Du kan ikke lenger svare i denne runden.");
    expect(draft).toContain("Utkastet ble ikke sendt inn, og det er ikke med.");
    expect(draft).not.toContain("Takk");
    const nothing = await page("mKoord");
    expect(nothing).toContain("<h1>Runden er avsluttet</h1>");
    expect(nothing).toContain("Du kan ikke lenger svare i denne runden.");
    expect(nothing).not.toMatch(/Takk|Utkast/);
    // Another browser learns that the link's answers count, never when or what.
    const other = await page("mPpt");
    expect(other).toContain("Takk, svarene dine er med");
    expect(other).not.toContain("Sendt inn");
    const nn = await (await f.device().request(`/s/${f.tokens.mKoord}?lang=nn`)).text();
    expect(nn).toContain("<h1>Runda er avslutta</h1>");
    expect(nn).toContain("Du kan ikkje lenger svare i denne runda.");
  });

  it("a round still in draft is not open for answers", async () => {
    const f = await makeFixture({ status: "draft", openedAt: null });
    const html = await (await f.app.request(`/s/${f.tokens.mPpt}`)).text();
    expect(html).toContain("Runden har ikke startet ennå");
    expect(html).not.toMatch(/<form/);
  });
});

describe("tokens", () => {
  it("unknown, malformed and re-issued tokens give the same plain 404 page", async () => {
    const f = await makeFixture();
    const old = f.tokens.mNurse;
    await f.reissue("mNurse");
    const unknown = "A".repeat(43);
    const pages = await Promise.all(
      [unknown, "short", "x".repeat(43) + "!", old].map(async (t) => {
        const res = await f.app.request(`/s/${encodeURIComponent(t)}`);
        expect(res.status).toBe(404);
        expect(res.headers.get("cache-control")).toBe("no-store");
        return res.text();
      }),
    );
    expect(new Set(pages).size).toBe(1);
    expect(pages[0]).toContain("Fant ikke siden");
    expect(pages[0]).not.toMatch(/Sak-7|Heimdal|runden/i);
    expect((await postForm(f, old, fullForm(f, "mNurse"), "submit")).status).toBe(404);
    expect((await f.app.request(`/s/${old}/receipt`)).status).toBe(404);
  });

  it("the new link works after a re-issue", async () => {
    const f = await makeFixture();
    const fresh = await f.reissue("mNurse");
    expect((await f.app.request(`/s/${fresh}`)).status).toBe(200);
  });

  it("malformed tokens never reach the store", async () => {
    const f = await makeFixture();
    const spy = vi.spyOn(f.deps.store, "getLinkByHash");
    await f.app.request("/s/not-a-token");
    await f.app.request("/api/s/not-a-token");
    expect(spy).not.toHaveBeenCalled();
  });

  it("marks the link as opened on first open only", async () => {
    const f = await makeFixture();
    const links = () => f.deps.store.listLinks("r1");
    expect((await links()).find((l) => l.memberId === "mPpt")?.openedAt).toBeNull();
    await f.app.request(`/s/${f.tokens.mPpt}`);
    expect((await links()).find((l) => l.memberId === "mPpt")?.openedAt).toBe("2025-03-10T09:00:00.000Z");
    f.setNow("2025-03-12T09:00:00.000Z");
    await f.app.request(`/s/${f.tokens.mPpt}`);
    expect((await links()).find((l) => l.memberId === "mPpt")?.openedAt).toBe("2025-03-10T09:00:00.000Z");
  });
});
