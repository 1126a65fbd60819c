// The ceiling for the submission bench: a bare Hono app on @hono/node-server (GET small JSON; PUT parses a body).
import { serve } from "@hono/node-server";
import { Hono } from "hono";

const app = new Hono();
app.get("/healthz", (c) => c.json({ ok: true }));
app.get("/json", (c) => c.json({ ok: true, message: "hello" }));
/** Reads and parses the same JSON body as a submit, nothing else: the framework's share of a PUT. */
app.put("/json", async (c) => c.json({ ok: true, ratings: ((await c.req.json()) as { ratings: unknown[] }).ratings.length }));
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3999), hostname: process.env.HOST ?? "127.0.0.1" });
