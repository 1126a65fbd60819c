// Page weight budget: the form for a six-member case plus its stylesheet, gzipped, as a phone downloads it.
import { mkdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { makeFixture } from "./fixture.ts";

describe("page weight", () => {
  it("survey page + CSS for a six-member case stays small when gzipped", async () => {
    const f = await makeFixture();
    const html = await (await f.app.request(`/s/${f.tokens.mParent}`)).text();
    const href = html.match(/<link rel="stylesheet" href="([^"]+)"/)![1];
    const css = await (await f.app.request(href)).text();
    const gz = (s: string) => gzipSync(Buffer.from(s), { level: 6 }).length;
    const sizes = { htmlRaw: html.length, htmlGzip: gz(html), cssRaw: css.length, cssGzip: gz(css), totalGzip: gz(html) + gz(css) };
    mkdirSync("test-results", { recursive: true });
    writeFileSync("test-results/survey-size.json", JSON.stringify(sizes, null, 2));
    expect(html).not.toContain("<img");
    expect(sizes.totalGzip).toBeLessThan(20_000);
  });
});
