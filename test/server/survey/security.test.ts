// Cross-site form posts are refused; headers that keep the token private; the stylesheet's cache policy.
import { describe, expect, it } from "vitest";
import { fullForm, makeFixture } from "./fixture.ts";

describe("CSRF guard on the form post", () => {
  it.each([
    ["Sec-Fetch-Site cross-site", { "sec-fetch-site": "cross-site", origin: "null" }],
    ["Sec-Fetch-Site same-site", { "sec-fetch-site": "same-site", origin: "https://evil.example" }],
    ["a foreign Origin without Sec-Fetch-Site", { "sec-fetch-site": "", origin: "https://evil.example" }],
  ])("refuses %s with a 403 page", async (_name, headers) => {
    const f = await makeFixture();
    const h: Record<string, string> = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== ""));
    const res = await f.app.request(`/s/${f.tokens.mPpt}`, {
      method: "POST",
      body: new URLSearchParams({ ...fullForm(f, "mPpt"), action: "submit" }).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded", ...h },
    });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("Skjemaet kunne ikke sendes");
    expect(await f.deps.store.getAnswer("r1", "mPpt")).toBeUndefined();
  });

  it.each([
    ["same-origin by Sec-Fetch-Site (Origin null because of no-referrer)", { "sec-fetch-site": "same-origin", origin: "null" }],
    ["our own Origin", { origin: "http://localhost" }],
    ["the configured base URL's Origin", { origin: "http://localhost:3000" }],
    ["an older browser: Origin null, no Sec-Fetch-Site", { origin: "null" }],
  ])("accepts %s", async (_name, headers) => {
    const f = await makeFixture();
    const res = await f.app.request(`/s/${f.tokens.mPpt}`, {
      method: "POST",
      body: new URLSearchParams({ ...fullForm(f, "mPpt"), action: "submit" }).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    });
    expect(res.status).toBe(303);
  });

  it("multipart posts work too", async () => {
    const f = await makeFixture();
    const body = new FormData();
    for (const [k, v] of Object.entries(fullForm(f, "mPpt"))) body.append(k, v);
    body.append("action", "submit");
    const res = await f.app.request(`/s/${f.tokens.mPpt}`, { method: "POST", body, headers: { "sec-fetch-site": "same-origin" } });
    expect(res.status).toBe(303);
  });
});

describe("assets and headers", () => {
  it("serves the stylesheet with a long cache lifetime and links it with a content hash", async () => {
    const f = await makeFixture();
    const html = await (await f.app.request(`/s/${f.tokens.mPpt}`)).text();
    const href = html.match(/<link rel="stylesheet" href="([^"]+)"/)?.[1];
    expect(href).toMatch(/^\/assets\/survey\.css\?v=[0-9a-f]{12}$/);
    const css = await f.app.request(href!);
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toMatch(/^text\/css/);
    expect(css.headers.get("cache-control")).toMatch(/max-age=31536000/);
    const again = await f.app.request(href!, { headers: { "if-none-match": css.headers.get("etag")! } });
    expect(again.status).toBe(304);
  });

  it("pages carry no inline script or style attributes (CSP forbids them)", async () => {
    const f = await makeFixture();
    const html = await (await f.app.request(`/s/${f.tokens.mPpt}`)).text();
    expect(html).not.toMatch(/<script|\sstyle=|\son[a-z]+=/i);
    expect(html).toContain('<meta name="referrer" content="no-referrer">');
  });
});

describe("through createApp", () => {
  it("keeps the survey's headers next to the app's CSP", async () => {
    const { createApp } = await import("../../../server/app.ts");
    const f = await makeFixture();
    const app = createApp(f.deps);
    const res = await app.request(`/s/${f.tokens.mPpt}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    const put = await app.request(`/api/s/${f.tokens.mPpt}`, { method: "PUT", body: '{"ratings":[]}', headers: { "content-type": "application/json" } });
    expect(put.status).toBe(200);
    expect((await app.request(`/s/${"Z".repeat(43)}`)).status).toBe(404);
  });
});
