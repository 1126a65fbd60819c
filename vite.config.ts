// Vite config for the Preact workspace in client/ (built to dist/client, proxied to the Hono server in dev).
import { defineConfig } from "vite";
import preact from "@preact/preset-vite";

/** The Hono server the dev proxy forwards to (same PORT variable as the server). */
const api = `http://127.0.0.1:${process.env.PORT ?? 3000}`;

export default defineConfig({
  root: "client",
  plugins: [preact()],
  build: { outDir: "../dist/client", emptyOutDir: true },
  server: {
    proxy: {
      "/api": api,
      "/s": api,
      "/healthz": api,
      "/assets/survey": api,
    },
  },
});
