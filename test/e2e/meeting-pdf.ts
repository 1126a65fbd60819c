// Reads a PDF made by Chromium's print path with pdf.js inside the browser page: page sizes, text, a PNG per page and the ink outside the margins.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
const PDFJS = readFileSync(require.resolve("pdfjs-dist/build/pdf.min.mjs"));
const WORKER = readFileSync(require.resolve("pdfjs-dist/build/pdf.worker.min.mjs"));

export interface PdfPage {
  /** Page size in PostScript points (A4 is 595.3 × 841.9). */
  width: number;
  height: number;
  /** The page's text, items joined by spaces. */
  text: string;
  /** The page rendered at `scale` (white background). */
  png: Buffer;
  /** Pixels that are not near-white inside the outer `marginPt` strip of the page: content that ran out of the printable area. */
  inkInMargin: number;
  /** Pixels that are not near-white anywhere on the page (an empty page has none). */
  ink: number;
}

/**
 * Loads pdf.js into `page` (served from node_modules through a route on the page's own origin, so the CSP allows it),
 * renders every page of `pdf` and measures it. `marginPt` is the strip checked for stray content; Chromium prints
 * the page margin as blank, so anything there ran out of the page box.
 */
export async function readPdf(page: Page, pdf: Buffer, { scale = 1.5, marginPt = 20 } = {}): Promise<PdfPage[]> {
  const origin = new URL(page.url()).origin;
  await page.route(`${origin}/__pdfjs/**`, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: route.request().url().endsWith("worker.mjs") ? WORKER : PDFJS }),
  );
  const pages = await page.evaluate(
    async ({ data, scale, marginPt }) => {
      type PdfJs = {
        GlobalWorkerOptions: { workerSrc: string };
        getDocument: (src: { data: Uint8Array }) => { promise: Promise<PdfDoc> };
      };
      type PdfDoc = { numPages: number; getPage: (n: number) => Promise<PdfPageProxy> };
      type PdfPageProxy = {
        view: number[];
        getViewport: (o: { scale: number }) => { width: number; height: number };
        render: (o: { canvasContext: CanvasRenderingContext2D; viewport: unknown; canvas: HTMLCanvasElement }) => { promise: Promise<void> };
        getTextContent: () => Promise<{ items: { str?: string }[] }>;
      };
      // A dynamic import written as text: the test runner would otherwise rewrite it for Node.
      const load = new Function("u", "return import(u)") as (u: string) => Promise<PdfJs>;
      const pdfjs = await load("/__pdfjs/pdf.mjs");
      pdfjs.GlobalWorkerOptions.workerSrc = "/__pdfjs/pdf.worker.mjs";
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const doc = await pdfjs.getDocument({ data: bytes }).promise;
      const out = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const p = await doc.getPage(n);
        const vp = p.getViewport({ scale });
        const canvas = document.createElement("canvas");
        canvas.width = Math.ceil(vp.width);
        canvas.height = Math.ceil(vp.height);
        const ctx = canvas.getContext("2d")!;
        ctx.fillStyle = "#fff";
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        await p.render({ canvasContext: ctx, viewport: vp, canvas }).promise;
        const d = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        const m = marginPt * scale;
        let ink = 0;
        let inkInMargin = 0;
        for (let i = 0; i < d.length; i += 4) {
          if (d[i] > 235 && d[i + 1] > 235 && d[i + 2] > 235) continue;
          ink++;
          const x = (i / 4) % canvas.width;
          const y = Math.floor(i / 4 / canvas.width);
          if (x < m || y < m || x >= canvas.width - m || y >= canvas.height - m) inkInMargin++;
        }
        const text = (await p.getTextContent()).items.map((it) => it.str ?? "").join(" ");
        out.push({ width: p.view[2] - p.view[0], height: p.view[3] - p.view[1], text, png: canvas.toDataURL("image/png"), ink, inkInMargin });
      }
      return out;
    },
    { data: pdf.toString("base64"), scale, marginPt },
  );
  return pages.map((p) => ({ ...p, png: Buffer.from(p.png.split(",")[1], "base64") }));
}
