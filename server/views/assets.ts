// Static assets of the respondent pages, read once at start-up and addressed by content hash.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

export interface Asset {
  /** URL path the route serves it at. */
  path: string;
  /** Path plus a content-hash query, so the long cache lifetime is safe across deploys. */
  href: string;
  contentType: string;
  body: string;
  etag: string;
}

function load(path: string, file: URL, contentType: string): Asset {
  const body = readFileSync(file, "utf8");
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 12);
  return { path, href: `${path}?v=${hash}`, contentType, body, etag: `"${hash}"` };
}

/** The one stylesheet of the respondent pages (server/public/survey.css). */
export const SURVEY_CSS: Asset = load("/assets/survey.css", new URL("../public/survey.css", import.meta.url), "text/css; charset=utf-8");
