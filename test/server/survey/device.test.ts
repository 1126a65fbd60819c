// Links only their holder can read: the answers saved through a link are shown (and replaced) only by the browser that saved them.
import { describe, expect, it } from "vitest";
import { hashToken } from "../../../server/security/tokens.ts";
import { ITEMS, fullForm, fullRatings, makeFixture, postForm, putApi } from "./fixture.ts";

/** The headers of a top-level navigation from another site: a click on the link in a webmail. */
const CROSS_SITE = { "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate", "sec-fetch-dest": "document" };

/** The values the form shows checked, by field name. */
const checkedValues = (html: string) => [...html.matchAll(/name="(r\.[^"]+)" value="([^"]+)" checked/g)].map((m) => `${m[1]}=${m[2]}`);

describe("a link's answers, shown only to the browser that saved them", () => {
  it("the first save sets one HttpOnly, SameSite=Lax cookie for every link's pages and API; only the secret's hash is stored", async () => {
    const f = await makeFixture();
    const t = f.tokens.mPpt;
    const res = await postForm(f, t, { "r.mNurse.frequent": "2" }, "draft");
    const cookies = res.headers.getSetCookie();
    expect(cookies).toHaveLength(2);
    for (const [i, path] of ["/s", "/api/s"].entries()) {
      expect(cookies[i]).toMatch(new RegExp(`^laget_device=[A-Za-z0-9_-]{43}; Max-Age=\\d+; Path=${path.replace(/[/]/g, "\\/")}; HttpOnly; SameSite=Lax$`));
    }
    const secret = /laget_device=([^;]+)/.exec(cookies[0])![1];
    expect(/laget_device=([^;]+)/.exec(cookies[1])![1]).toBe(secret);
    const stored = await f.deps.store.getAnswer("r1", "mPpt");
    expect(stored?.deviceHash).toBe(hashToken(secret));
    expect(JSON.stringify(stored)).not.toContain(secret);
    // A later save from the same browser keeps the binding and sets no new cookie.
    const again = await postForm(f, t, { "r.mNurse.frequent": "3" }, "draft");
    expect(again.headers.getSetCookie()).toEqual([]);
    expect((await f.deps.store.getAnswer("r1", "mPpt"))?.deviceHash).toBe(hashToken(secret));
  });

  it("sets the cookie Secure behind HTTPS (SECURE_COOKIES)", async () => {
    const f = await makeFixture();
    f.deps.config.secureCookies = true;
    const res = await putApi(f, f.tokens.mPpt, { ratings: [] });
    expect(res.headers.getSetCookie().every((c) => /; Secure;/.test(c) || c.endsWith("; Secure"))).toBe(true);
  });

  it("another browser with the same link sees that it has been answered, not the answers, and how to get a new link", async () => {
    const f = await makeFixture();
    const t = f.tokens.mPpt;
    await postForm(f, t, { ...fullForm(f, "mPpt", "2"), "r.mNurse.timely": "5" }, "submit");
    expect(checkedValues(await (await f.browser.request(`/s/${t}`)).text())).toContain("r.mNurse.timely=5");

    const other = f.device();
    for (const path of [`/s/${t}`, `/s/${t}/receipt`, `/s/${t}/form`]) {
      const res = await other.request(path);
      expect(res.status, path).toBe(200);
      const html = await res.text();
      expect(html, path).toContain("<h1>Lenken er allerede tatt i bruk</h1>");
      expect(html, path).toContain("Svarene er sendt inn.");
      expect(html, path).toContain("be den som sendte deg lenken (vanligvis koordinatoren), om en ny lenke");
      expect(checkedValues(html), path).toEqual([]);
      expect(html, path).not.toMatch(/<form|<dd|Sendt inn \d/);
    }
    const api = await (await other.request(`/api/s/${t}`)).json();
    expect(api).toMatchObject({ stored: "other_device", ratings: [], submitted: true, submittedAt: null, updatedAt: null });
    // Nor can it replace them: the form post and the PUT are refused, and nothing changes.
    const before = await f.deps.store.getAnswer("r1", "mPpt");
    const post = await postForm(f, t, fullForm(f, "mPpt", "1"), "submit", {}, other);
    expect(post.status).toBe(403);
    expect(await post.text()).toContain("Lenken er allerede tatt i bruk");
    const put = await putApi(f, t, { ratings: fullRatings(f, "mPpt", 1), submit: true }, other);
    expect(put.status).toBe(403);
    expect((await put.json()).error.code).toBe("answered_on_another_device");
    expect(await f.deps.store.getAnswer("r1", "mPpt")).toEqual(before);
  });

  it("the browser's cookie opens no answers another browser saved through another link, and a made-up one opens nothing", async () => {
    const f = await makeFixture();
    await postForm(f, f.tokens.mPpt, { "r.mNurse.frequent": "2" }, "draft");
    const secret = [...f.browser.cookies.values()][0].value;
    const headers = { cookie: `laget_device=${secret}` };
    // The browser sends its one cookie to every link; the answers another browser saved through another link stay closed.
    await postForm(f, f.tokens.mKoord, { "r.mNurse.frequent": "4" }, "draft", {}, f.device());
    expect((await (await f.app.request(`/api/s/${f.tokens.mKoord}`, { headers })).json()).stored).toBe("other_device");
    expect((await (await f.app.request(`/api/s/${f.tokens.mPpt}`, { headers: { cookie: `laget_device=${"A".repeat(43)}` } })).json()).stored).toBe("other_device");
    expect((await (await f.app.request(`/api/s/${f.tokens.mPpt}`, { headers: { cookie: "laget_device=<script>" } })).json()).stored).toBe("other_device");
  });

  it("opened inside another site's frame (no Lax cookie), offers the same form again from a page of ours; a click in webmail needs no such offer", async () => {
    const f = await makeFixture();
    const t = f.tokens.mPpt;
    await postForm(f, t, { "r.mNurse.frequent": "2" }, "draft");
    const framed = await (await f.device().request(`/s/${t}`, { headers: { ...CROSS_SITE, "sec-fetch-dest": "iframe" } })).text();
    expect(framed).toContain(`Da kan det hjelpe å åpne skjemaet herfra: <a href="/s/${t}">Åpne skjemaet</a>`);
    // A top-level navigation from webmail carries the Lax cookie: the browser that saved sees its draft, another does not.
    expect(checkedValues(await (await f.browser.request(`/s/${t}`, { headers: CROSS_SITE })).text())).toEqual(["r.mNurse.frequent=2"]);
    const webmail = await (await f.device().request(`/s/${t}`, { headers: CROSS_SITE })).text();
    expect(webmail).toContain("<h1>Lenken er allerede tatt i bruk</h1>");
    expect(webmail).not.toContain("Åpne skjemaet");
    const direct = await (await f.device().request(`/s/${t}`, { headers: { "sec-fetch-site": "none" } })).text();
    expect(direct).not.toContain("Åpne skjemaet");
  });

  it("the cookie is given when the form opens, so a first save whose answer never reached the phone still leaves the answers with it", async () => {
    const f = await makeFixture();
    const t = f.tokens.mPpt;
    const opened = await f.browser.request(`/s/${t}`);
    expect(opened.headers.getSetCookie()).toHaveLength(2);
    const secret = [...f.browser.cookies.values()][0].value;
    // The save reaches the server, but its answer (and any cookie in it) is lost on the way back.
    const lost = await f.app.request(`/s/${t}`, {
      method: "POST",
      body: new URLSearchParams({ "r.mNurse.frequent": "2", action: "draft" }).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "null", "sec-fetch-site": "same-origin", cookie: `laget_device=${secret}` },
    });
    expect(lost.status).toBe(303);
    expect(lost.headers.getSetCookie()).toEqual([]);
    expect((await f.deps.store.getAnswer("r1", "mPpt"))?.deviceHash).toBe(hashToken(secret));
    expect(checkedValues(await (await f.browser.request(`/s/${t}`)).text())).toEqual(["r.mNurse.frequent=2"]);
    // Opening again, or from another browser once answers are stored, gives no new cookie; nor does another link
    // opened in the same browser (it has its cookie), nor a page inside another site's frame (it may hold one unseen).
    expect((await f.browser.request(`/s/${t}`)).headers.getSetCookie()).toEqual([]);
    expect((await f.device().request(`/s/${t}`)).headers.getSetCookie()).toEqual([]);
    expect((await f.browser.request(`/s/${f.tokens.mKoord}`)).headers.getSetCookie()).toEqual([]);
    const framed = await f.device().request(`/s/${f.tokens.mKoord}`, { headers: { ...CROSS_SITE, "sec-fetch-dest": "iframe" } });
    expect(framed.headers.getSetCookie()).toEqual([]);
    // A click in webmail is a top-level navigation: a browser without the cookie gets it there.
    const webmail = await f.device().request(`/s/${f.tokens.mKoord}`, { headers: CROSS_SITE });
    expect(webmail.headers.getSetCookie()).toHaveLength(2);
    expect((await f.device().request(`/api/s/${f.tokens.mKoord}`)).headers.getSetCookie()).toHaveLength(2);
  });

  it("answers saved before browsers were bound are shown to nobody and replaced by nobody through the same link", async () => {
    const f = await makeFixture();
    const at = f.round.openedAt!;
    await f.deps.store.putAnswer({ roundId: "r1", memberId: "mPpt", ratings: fullRatings(f, "mPpt", 3), submitted: true, updatedAt: at, submittedAt: at });
    expect((await (await f.browser.request(`/api/s/${f.tokens.mPpt}`)).json()).stored).toBe("other_device");
    expect((await putApi(f, f.tokens.mPpt, { ratings: [] })).status).toBe(403);
  });
});

describe("a re-issued link", () => {
  it("keeps the old answers counting but hidden; whoever opens the new link starts over, and the first save replaces them", async () => {
    const f = await makeFixture();
    const old = f.tokens.mPpt;
    await postForm(f, old, fullForm(f, "mPpt", "2"), "submit");
    const oldSecret = [...f.browser.cookies.values()][0].value;
    f.setNow("2025-03-11T09:00:00.000Z");
    const fresh = await f.reissue("mPpt");
    // The facilitator (or whoever gets the new link) sees an empty form and a note, never the old answers.
    const facilitator = f.device();
    const html = await (await facilitator.request(`/s/${fresh}`)).text();
    expect(html).toContain("Det finnes svar fra en tidligere lenke til deg. Av personvernhensyn vises de ikke her.");
    expect(checkedValues(html)).toEqual([]);
    expect((await (await facilitator.request(`/api/s/${fresh}`)).json()).stored).toBe("earlier_link");
    expect((await f.deps.store.getAnswer("r1", "mPpt"))?.ratings).toHaveLength(5 * ITEMS.length);

    // The device that saved the old answers still reads them through the new link (its cookie is one per browser).
    const owner = await (await f.app.request(`/api/s/${fresh}`, { headers: { cookie: `laget_device=${oldSecret}` } })).json();
    expect(owner.stored).toBe("yours");
    expect(owner.ratings).toHaveLength(5 * ITEMS.length);

    // The first save through the new link starts over: it replaces the old set and binds it to the new browser.
    const person = f.device();
    expect((await postForm(f, fresh, { "r.mNurse.frequent": "5" }, "draft", {}, person)).status).toBe(303);
    const replaced = await f.deps.store.getAnswer("r1", "mPpt");
    expect(replaced?.ratings).toEqual([{ target: "mNurse", item: "frequent", value: 5 }]);
    expect(replaced?.submitted).toBe(false);
    expect(checkedValues(await (await person.request(`/s/${fresh}`)).text())).toEqual(["r.mNurse.frequent=5"]);
    // From now on the facilitator's browser is "another browser" for this link.
    expect((await postForm(f, fresh, {}, "draft", {}, facilitator)).status).toBe(403);
  });

  it("a reminder's new link brings the browser that saved the draft back to it; another browser still sees nothing", async () => {
    const f = await makeFixture();
    const old = f.tokens.mPpt;
    // The respondent saves a draft from the mail's link (a click in webmail) and leaves.
    expect((await f.browser.request(`/s/${old}`, { headers: CROSS_SITE })).status).toBe(200);
    expect((await postForm(f, old, { "r.mNurse.frequent": "2", "r.mKoord.timely": "4" }, "draft")).status).toBe(303);
    f.setNow("2025-03-11T09:00:00.000Z");
    const fresh = await f.reissue("mPpt");
    expect((await f.browser.request(`/s/${old}`)).status).toBe(404);

    // Same browser, new link from webmail: the draft is there, in the form and in the API, and no new cookie is set.
    const page = await f.browser.request(`/s/${fresh}`, { headers: CROSS_SITE });
    expect(page.headers.getSetCookie()).toEqual([]);
    const html = await page.text();
    expect(checkedValues(html).sort()).toEqual(["r.mKoord.timely=4", "r.mNurse.frequent=2"]);
    expect(html).not.toContain("Det finnes svar fra en tidligere lenke");
    const api = await (await f.browser.request(`/api/s/${fresh}`)).json();
    expect(api).toMatchObject({ stored: "yours", submitted: false });
    expect(api.ratings).toHaveLength(2);
    // Finishing it through the new link keeps the draft's answers and its binding.
    expect((await postForm(f, fresh, { "r.mNurse.frequent": "2", "r.mKoord.timely": "4", "r.mNurse.accurate": "5" }, "draft")).status).toBe(303);
    const secret = [...f.browser.cookies.values()][0].value;
    expect((await f.deps.store.getAnswer("r1", "mPpt"))?.deviceHash).toBe(hashToken(secret));

    // Another browser (the facilitator's, testing the new link) sees neither the draft nor the answers.
    const facilitator = f.device();
    const theirs = await (await facilitator.request(`/s/${fresh}`, { headers: CROSS_SITE })).text();
    expect(checkedValues(theirs)).toEqual([]);
    expect(theirs).toContain("<h1>Lenken er allerede tatt i bruk</h1>");
    const theirApi = await (await facilitator.request(`/api/s/${fresh}`)).json();
    expect(theirApi).toMatchObject({ stored: "other_device", ratings: [], updatedAt: null });
    expect((await putApi(f, fresh, { ratings: [] }, facilitator)).status).toBe(403);
  });

  it("a cross-site form post is refused even when it carries the browser's Lax cookie, and changes nothing", async () => {
    const f = await makeFixture();
    const t = f.tokens.mPpt;
    await postForm(f, t, { "r.mNurse.frequent": "2" }, "draft");
    const before = await f.deps.store.getAnswer("r1", "mPpt");
    for (const headers of [{ "sec-fetch-site": "cross-site", origin: "null" }, { "sec-fetch-site": "same-site", origin: "https://evil.example" }]) {
      const res = await postForm(f, t, fullForm(f, "mPpt", "1"), "submit", headers);
      expect(res.status, headers.origin).toBe(403);
    }
    expect(await f.deps.store.getAnswer("r1", "mPpt")).toEqual(before);
  });
});
