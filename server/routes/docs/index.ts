// GET /api/docs: the API reference for integrators (Swagger UI over /api/openapi.json), served from this server only.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Hono } from "hono";
import { OPENAPI_PATH } from "../openapi/index.ts";

/** Where the page is served. */
export const DOCS_PATH = "/api/docs";

/** Swagger UI's files as published in `swagger-ui-dist` (resolved once, read on first use). */
const dist = (createRequire(import.meta.url)("swagger-ui-dist") as { getAbsoluteFSPath(): string }).getAbsoluteFSPath();
const FILES = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
} as const;

/**
 * Starts Swagger UI on the document (a file of its own: the pages' CSP allows no inline script). No deep links: they
 * put a link inside each operation's button, which screen readers cannot use.
 */
const INIT = `// Laget API reference: Swagger UI on ${OPENAPI_PATH}.
window.addEventListener("DOMContentLoaded", function () {
  window.ui = SwaggerUIBundle({
    url: ${JSON.stringify(OPENAPI_PATH)},
    dom_id: "#swagger-ui",
    deepLinking: false,
    validatorUrl: null,
    tryItOutEnabled: false,
    withCredentials: true,
    docExpansion: "list",
    defaultModelsExpandDepth: 0,
  });
});
`;

/** Darker badges and links, black method labels (Swagger UI's white on pastel is under 4.5:1), for WCAG AA contrast (4.5:1) on white. */
const CSS = `.swagger-ui .info .title small { background-color: #4f5663; }
.swagger-ui .info .title small.version-stamp { background-color: #2e6b0e; }
.swagger-ui .info .title small pre { color: #fff; }
.swagger-ui .info a.link, .swagger-ui .info .url { color: #1d5ea8; }
.swagger-ui .opblock .opblock-summary-method { color: #000; text-shadow: none; }
.swagger-ui .btn.authorize { color: #1d6b45; border-color: #1d6b45; }
.swagger-ui .btn.authorize svg { fill: #1d6b45; }
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Laget API reference</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${DOCS_PATH}/swagger-ui.css">
<link rel="stylesheet" href="${DOCS_PATH}/laget.css">
</head>
<body>
<main id="swagger-ui" aria-label="Laget API reference"></main>
<noscript><p>This page needs JavaScript. The machine-readable document is at <a href="${OPENAPI_PATH}">${OPENAPI_PATH}</a>.</p></noscript>
<script src="${DOCS_PATH}/swagger-ui-bundle.js"></script>
<script src="${DOCS_PATH}/init.js"></script>
</body>
</html>
`;

const cache = new Map<string, Promise<Buffer>>();
const load = (name: keyof typeof FILES) => {
  let file = cache.get(name);
  if (!file) cache.set(name, (file = readFile(join(dist, name))));
  return file;
};

/** The reference page and its assets; public (it describes the API and holds no data). Mounted at the app root. */
export function docsRoutes(): Hono {
  const app = new Hono();
  const day = "public, max-age=86400";
  app.get(DOCS_PATH, (c) => c.html(PAGE, 200, { "Cache-Control": day }));
  app.get(`${DOCS_PATH}/laget.css`, (c) => c.body(CSS, 200, { "Content-Type": "text/css; charset=utf-8", "Cache-Control": day }));
  app.get(`${DOCS_PATH}/init.js`, (c) => c.body(INIT, 200, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": day }));
  app.get(`${DOCS_PATH}/:file{swagger-ui\\.css|swagger-ui-bundle\\.js}`, async (c) => {
    const name = c.req.param("file") as keyof typeof FILES;
    return c.body(new Uint8Array(await load(name)), 200, { "Content-Type": FILES[name], "Cache-Control": day });
  });
  return app;
}
