// A case for the follow-up tests: five members and rounds imported through the API, with scores chosen by hand.
import type { Page } from "playwright-core";
import { apiCall } from "./flows.ts";

/** Members by index: 0 PPT, 1 teacher (kontaktlærer), 2 health nurse, 3 coordinator, 4 parents. */
export const TEAM: [string, string][] = [["PPT", ""], ["SKLær", "kontaktlærer"], ["HEGE", ""], ["KOORD", ""], ["FORÆ", ""]];

export type Scores = [number, number, number][];

/** Autumn: HEGE → PPT 2,0 is the weakest link; SKLær → HEGE 3,0 and FORÆ → PPT 3,3 are also weak. */
export const AUTUMN: Scores = [
  [0, 1, 4.5], [1, 0, 4], [0, 2, 4.2], [2, 0, 2], [0, 3, 4.8], [3, 0, 4.6], [1, 2, 3], [2, 1, 4.4], [1, 3, 4.5],
  [3, 1, 4.7], [2, 3, 3.8], [3, 2, 4], [4, 0, 3.3], [0, 4, 4.4], [4, 1, 4], [1, 4, 4.2], [4, 3, 4.9], [3, 4, 5],
];
/** Spring: HEGE → PPT rose to 3,6, SKLær → HEGE to 3,8; FORÆ → PPT fell to 3,0. */
export const SPRING: Scores = AUTUMN.map(([r, g, s]) => [r, g, r === 2 && g === 0 ? 3.6 : r === 1 && g === 2 ? 3.8 : r === 4 && g === 0 ? 3 : s]);

/** The mean of the pair scores (the team's mean score), worked out here. */
export const meanOf = (scores: Scores) => scores.reduce((a, [, , s]) => a + s, 0) / scores.length;

/** Creates the case with its members in `district`; returns the case id and the member ids. */
export async function followUpCase(page: Page, code: string): Promise<{ caseId: string; ids: string[] }> {
  const { case: kase } = await apiCall<{ case: { id: string } }>(page, "POST", "/api/cases", { code, district: "Heimdal", unit: "Skolen" });
  const ids: string[] = [];
  for (const [role, label] of TEAM) ids.push((await apiCall<{ member: { id: string } }>(page, "POST", `/api/cases/${kase.id}/members`, { role, label })).member.id);
  return { caseId: kase.id, ids };
}

/** Imports a round of pair scores (closed at once); returns its id. */
export async function importScores(page: Page, caseId: string, ids: string[], name: string, scores: Scores): Promise<string> {
  const body = { name, scores: scores.map(([r, g, score]) => ({ rater: ids[r], target: ids[g], score })) };
  return (await apiCall<{ round: { id: string } }>(page, "POST", `/api/cases/${caseId}/rounds/import`, body)).round.id;
}
