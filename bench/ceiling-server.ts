// The ceiling for the submission bench: a bare Hono app on @hono/node-server answering a small JSON document.
import { serve } from "@hono/node-server";
import { Hono } from "hono";

const app = new Hono();
app.get("/healthz", (c) => c.json({ ok: true }));
app.get("/json", (c) => c.json({ ok: true, message: "hello" }));
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3999), hostname: process.env.HOST ?? "127.0.0.1" });
