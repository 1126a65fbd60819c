// Vite config for the Preact workspace in client/ (built to dist/client, proxied to the Hono server in dev).
import { defineConfig } from "vite";
import preact from "@preact/preset-vite";

export default defineConfig({
  root: "client",
  plugins: [preact()],
  build: { outDir: "../dist/client", emptyOutDir: true },
  server: {
    proxy: {
      "/api": "http://127.0.0.1:3000",
      "/s": "http://127.0.0.1:3000",
      "/healthz": "http://127.0.0.1:3000",
      "/assets/survey": "http://127.0.0.1:3000",
    },
  },
});
