// /api/rounds/:id/family, /voices and /child-link/reissue: the family's and the child's voice in a round.
import type { Context, Hono } from "hono";
import { z } from "zod";
import { CHILD_SEAT_ID, FAMILY_INSTRUMENT_ID, CHILD_INSTRUMENT, type Round } from "../../../domain/index.ts";
import type { AuthEnv } from "../../auth/index.ts";
import type { AppDeps } from "../../deps.ts";
import { readJson, readQuery } from "../../http/body.ts";
import { conflict } from "../../http/errors.ts";
import type { Store } from "../../store/types.ts";
import { childSeat } from "../survey/form-setup.ts";
import { roundFamilyBand } from "./family-data.ts";
import { issueLink } from "./service.ts";
import { progressOf } from "./status.ts";
import { VoicesInput, applyVoices } from "./voice-options.ts";

/** Query of GET /api/rounds/:id/family. */
const FamilyQuery = z
  .object({ minRespondents: z.coerce.number().int().min(1).max(20).optional(), minForBreakdown: z.coerce.number().int().min(2).max(20).optional() })
  .strict();

/** The round's family/child options as the workspace reads them. */
function voicesOf(round: Round) {
  const childVersion = round.child?.version ?? "8-12";
  return {
    family: { include: Boolean(round.family?.include), instrument: { id: FAMILY_INSTRUMENT_ID, version: round.family?.instrumentVersion ?? null } },
    child: { include: Boolean(round.child?.include), version: childVersion, instrument: { id: CHILD_INSTRUMENT[childVersion], version: round.child?.instrumentVersion ?? null } },
  };
}

/** The child link's progress, like a member's in /status (a declined child shows as submitted too). */
async function childState(store: Store, round: Round): Promise<string | null> {
  if (!round.child?.include) return null;
  const link = (await store.listLinks(round.id)).find((l) => l.memberId === CHILD_SEAT_ID);
  return link ? progressOf(link, await store.getAnswer(round.id, CHILD_SEAT_ID)) : "no_link";
}

type Load = (c: Context<AuthEnv>) => Promise<{ round: Round }>;

/** Adds the routes to the /api/rounds app (after its role guard). */
export function addVoiceRoutes(app: Hono<AuthEnv>, deps: AppDeps, load: Load): void {
  app.get("/:id/family", async (c) => {
    const { round } = await load(c);
    const q = readQuery(c, FamilyQuery);
    const band = await roundFamilyBand(deps.store, round, q);
    return c.json({ roundId: round.id, ...voicesOf(round), childState: await childState(deps.store, round), band });
  });

  app.put("/:id/voices", async (c) => {
    const { round } = await load(c);
    const input = await readJson(c, VoicesInput);
    if (round.source !== "survey" || round.status !== "draft") throw conflict("not_draft", "The family and child options can only change before the round opens");
    const next = applyVoices(round, input);
    await deps.store.putRound(next);
    return c.json({ round: next, ...voicesOf(next) });
  });

  app.post("/:id/child-link/reissue", async (c) => {
    const { round } = await load(c);
    if (round.status !== "open") throw conflict("round_not_open", "Links can only be re-issued while the round is open");
    if (!round.child?.include) throw conflict("no_child_form", "This round does not include the child's form");
    return c.json({ link: await issueLink(deps.store, round, childSeat(round.caseId), deps.config.baseUrl, deps.now()) });
  });
}
