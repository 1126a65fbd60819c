// What a dry run found: the file's format, the round it becomes, counts, and how each name in the file maps to a member.
import type { ImportAnswer } from "../../api/follow-up.ts";
import { useI18n } from "../../i18n/index.ts";
import { roleName, useApp } from "../../state.ts";

export function ImportPreview({ plan }: { plan: ImportAnswer }) {
  const { t, lang } = useI18n();
  const { roles } = useApp();
  const facts: [string, string][] = [
    [t("importFile"), plan.file.sheet ? `${plan.file.name} (${t("importSheet")}: ${plan.file.sheet})` : plan.file.name],
    [t("importFormat"), plan.format === "matrix" ? t("importFormatMatrix") : t("importFormatLong")],
    [t("importRoundName"), plan.round.name],
    [t("importNewMembers"), String(plan.counts.newMembers)],
    [plan.counts.pairScores > 0 ? t("importPairScores") : t("importRatings"), String(plan.counts.pairScores > 0 ? plan.counts.pairScores : plan.counts.ratings)],
    ...(plan.counts.answerSets > 0 ? [[t("importAnswerSets"), String(plan.counts.answerSets)] as [string, string]] : []),
  ];
  return (
    <div data-testid="import-preview">
      <dl class="facts">
        {facts.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <div class="table-wrap">
        {/* Explicit roles: on a phone the rows stack as blocks (CSS), which must not drop the table semantics. */}
        <table class="list import-mapping" data-testid="import-mapping" role="table">
          <caption>{t("importMapping")}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">{t("importInFile")}</th>
              <th scope="col" role="columnheader">{t("role")}</th>
              <th scope="col" role="columnheader">{t("importLabel")}</th>
              <th scope="col" role="columnheader">{t("importWhat")}</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {plan.members.mapping.map((m) => (
              <tr key={m.key} class={m.new ? "import-new" : undefined} role="row">
                <th scope="row" role="rowheader">{m.key}</th>
                <td role="cell" data-label={t("role")}>{roleName(roles, m.role, lang)}</td>
                <td role="cell" data-label={t("importLabel")}>{m.label || "–"}</td>
                <td role="cell" data-label={t("importWhat")}>{m.new ? <span class="badge">{t("importCreated")}</span> : t("importExisting")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The problems of a refused file, each with its line, column and sheet. */
export function ImportProblems({ issues }: { issues: { line?: number; column?: number; sheet?: string; message: string; path?: string }[] }) {
  const { t } = useI18n();
  return (
    <div class="table-wrap">
      <table class="list" data-testid="import-problems">
        <caption>{t("importProblems", { n: issues.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("importLine")}</th>
            <th scope="col">{t("importColumn")}</th>
            <th scope="col">{t("importSheet")}</th>
            <th scope="col">{t("importProblem")}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((i, k) => (
            <tr key={k}>
              <td>{i.line ?? "–"}</td>
              <td>{i.column ?? "–"}</td>
              <td>{i.sheet ?? "–"}</td>
              <td>{i.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
