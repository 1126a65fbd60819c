// Checks an action against its case: the link's ends are members (or roles) of the team, and who is a role of the team.
import { invalid, type ActionAbout, type Issue, type Member } from "../../../domain/index.ts";

/**
 * The problems of `about` and `who` for a case with these members: at member level the link's ends must be two
 * different members, at role level roles that some member holds; `who` must be a role some member holds.
 */
export function actionProblems(members: Member[], about: ActionAbout | undefined, who: string | undefined): Issue[] {
  const issues: Issue[] = [];
  const roles = new Set(members.map((m) => m.role));
  const ids = new Set(members.map((m) => m.id));
  if (about?.kind === "pair") {
    const known = about.level === "member" ? ids : roles;
    const what = about.level === "member" ? "a member of the case" : "a role of the team";
    for (const end of ["source", "target"] as const) {
      if (!known.has(about[end])) issues.push({ path: `about.${end}`, message: `not ${what}` });
    }
    if (about.level === "member" && about.source === about.target) issues.push({ path: "about.target", message: "a link joins two different members" });
  }
  if (who !== undefined && !roles.has(who)) issues.push({ path: "who", message: "not a role of the team" });
  return issues;
}

/** Throws `invalid_action` (400) with the problems, when there are any. */
export function assertActionFits(members: Member[], about: ActionAbout | undefined, who: string | undefined): void {
  const issues = actionProblems(members, about, who);
  if (issues.length > 0) throw invalid("invalid_action", "The action does not fit the team", issues);
}
