// The typed client of the workspace API: hc<AppType>, typed by the server's own routes (a type-only import; no server code is bundled).
import { hc } from "hono/client";
import type { AppType } from "../../server/app.ts";
import { apiFetch } from "./http.ts";

/** Same origin: `client.api.cases.$get()` fetches /api/cases. */
export const client = hc<AppType>("/", { fetch: apiFetch });
