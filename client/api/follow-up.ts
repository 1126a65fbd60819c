// The workspace's calls for the meeting's follow-up: agreed actions, the case over time, export links and the file import.
import type { InferRequestType } from "hono/client";
import { client } from "./client.ts";
import { data } from "./http.ts";

const cases = client.api.cases;
const rounds = client.api.rounds;

/** The level, threshold and dimension a view shows (and its exports carry). */
export interface ViewOptions {
  by: "member" | "role";
  threshold: number;
  dimension: string;
}

export type ActionBody = InferRequestType<(typeof rounds)[":id"]["actions"]["$post"]>["json"];
export type ActionPatchBody = InferRequestType<(typeof rounds)[":id"]["actions"][":actionId"]["$patch"]>["json"];

/** Every format of a round export, in the order the workspace lists them. */
export const ROUND_FORMATS = ["xlsx", "csv-nb", "csv", "csv-long", "json", "graphml", "gexf", "dl", "pajek"] as const;
export type RoundFormat = (typeof ROUND_FORMATS)[number];
/** The formats of the all-rounds case export. */
export const CASE_FORMATS = ["xlsx", "json"] as const;
export type CaseFormat = (typeof CASE_FORMATS)[number];

const analysisQuery = (o: ViewOptions) => ({ by: o.by, threshold: String(o.threshold), dimension: o.dimension });

export interface ImportOptions {
  round?: string;
  dryRun: boolean;
  allowDuplicate?: boolean;
}

export const FollowUpApi = {
  roundActions: (id: string) => data(rounds[":id"].actions.$get({ param: { id } })),
  caseActions: async (id: string) => (await data(cases[":id"].actions.$get({ param: { id } }))).actions,
  createAction: async (id: string, json: ActionBody) => (await data(rounds[":id"].actions.$post({ param: { id }, json }))).action,
  updateAction: async (id: string, actionId: string, json: ActionPatchBody) =>
    (await data(rounds[":id"].actions[":actionId"].$patch({ param: { id, actionId }, json }))).action,

  timeline: (id: string, o: ViewOptions) => data(cases[":id"].timeline.$get({ param: { id }, query: analysisQuery(o) })),

  // Same-origin paths for download links: the session cookie goes with them, and a GET needs no CSRF value.
  roundExportUrl: (id: string, format: RoundFormat, o: ViewOptions) => rounds[":id"].export.$path({ param: { id }, query: { format, ...analysisQuery(o) } }),
  caseExportUrl: (id: string, format: CaseFormat, o: ViewOptions) => cases[":id"].export.$path({ param: { id }, query: { format, ...analysisQuery(o) } }),

  /** Uploads a CSV or XLSX file as multipart field `file`: a dry run (the plan, nothing written) or the import itself. */
  importFile: (id: string, file: File, o: ImportOptions) => {
    const form = new FormData();
    form.append("file", file, file.name);
    const query = { ...(o.round ? { round: o.round } : {}), ...(o.dryRun ? { dryRun: "1" as const } : {}), ...(o.allowDuplicate ? { allowDuplicate: "1" as const } : {}) };
    return data(cases[":id"].rounds["import-file"].$post({ param: { id }, query }, { init: { body: form } }));
  },
};

export type RoundActionsAnswer = Awaited<ReturnType<typeof FollowUpApi.roundActions>>;
export type ActionView = RoundActionsAnswer["agreed"][number];
export type TimelineAnswer = Awaited<ReturnType<typeof FollowUpApi.timeline>>;
export type ImportAnswer = Awaited<ReturnType<typeof FollowUpApi.importFile>>;
