// Import a matrix CSV, long CSV or XLSX file into a case as an imported round: a dry run shows what would happen
// (members created or matched, counts, or each problem with line and column); only then the import itself.
import { useState } from "preact/hooks";
import { Api } from "../../api/endpoints.ts";
import { FollowUpApi, type ImportAnswer } from "../../api/follow-up.ts";
import { RequestError } from "../../api/http.ts";
import { ErrorMessage, Loading } from "../../components/ErrorMessage.tsx";
import { Field } from "../../components/Field.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useAsync } from "../../components/useAsync.ts";
import { useI18n } from "../../i18n/index.ts";
import { href } from "../../router.ts";
import { ImportPreview, ImportProblems } from "./ImportPreview.tsx";

type Stage =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "preview"; plan: ImportAnswer }
  | { kind: "refused"; error: RequestError }
  | { kind: "done"; round: { id: string; name: string } };

export function ImportView({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const kase = useAsync(() => Api.getCase(caseId), [caseId]);
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState("");
  const [again, setAgain] = useState(false);
  const [stage, setStage] = useState<Stage>({ kind: "idle" });
  const [error, setError] = useState<unknown>(null);

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setError(null);
    setStage({ kind: "busy" });
    try {
      const answer = await FollowUpApi.importFile(caseId, file, { round: name.trim() || undefined, dryRun, allowDuplicate: again });
      if ("dryRun" in answer) setStage({ kind: "preview", plan: answer });
      else setStage({ kind: "done", round: answer.round });
    } catch (err) {
      if (err instanceof RequestError && err.code === "invalid_file") setStage({ kind: "refused", error: err });
      else {
        setStage({ kind: "idle" });
        setError(err instanceof RequestError && err.code === "duplicate_import" ? new Error(t("importDuplicateRefused")) : err);
      }
    }
  };
  const reset = () => {
    setStage({ kind: "idle" });
    setAgain(false);
  };

  if (kase.error) return <ErrorMessage error={kase.error} onRetry={kase.reload} />;
  if (!kase.data) return <Loading />;
  const plan = stage.kind === "preview" ? stage.plan : null;
  return (
    <section class="narrow-wide import-page">
      <p class="crumbs">
        <a href="#/">{t("navCases")}</a> › <a href={href("cases", caseId)}>{kase.data.code}</a>
      </p>
      <PageTitle>{t("importTitle", { code: kase.data.code })}</PageTitle>
      <p>{t("importIntro")}</p>
      <ul class="muted import-kinds">
        <li>{t("importKindMatrix")}</li>
        <li>{t("importKindLong")}</li>
        <li>{t("importKindXlsx")}</li>
      </ul>
      {stage.kind === "done" ? (
        <div class="notice" role="status" data-testid="import-done">
          <p>{t("importDone", { name: stage.round.name })}</p>
          <p class="actions">
            <a class="button primary" href={href("rounds", stage.round.id, "meeting")}>
              {t("meetingView")}
            </a>
            <a class="button" href={href("cases", caseId)}>
              {t("importBackToCase")}
            </a>
            <button
              type="button"
              onClick={() => {
                setFile(null);
                setName("");
                reset();
              }}
            >
              {t("importAnother")}
            </button>
          </p>
        </div>
      ) : (
        <form
          class="card"
          onSubmit={(e) => {
            e.preventDefault();
            run(true);
          }}
        >
          <Field label={t("importFile")} hint={t("importFileHint")}>
            {({ id, describedBy }) => (
              <input
                id={id}
                type="file"
                required
                accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-describedby={describedBy}
                data-testid="import-file"
                onChange={(e) => {
                  setFile(e.currentTarget.files?.[0] ?? null);
                  reset();
                }}
              />
            )}
          </Field>
          <Field label={t("importRoundName")} hint={t("importRoundNameHint")}>
            {({ id, describedBy }) => (
              <input
                id={id}
                maxLength={60}
                aria-describedby={describedBy}
                value={name}
                data-testid="import-round"
                onInput={(e) => {
                  setName(e.currentTarget.value);
                  reset();
                }}
              />
            )}
          </Field>
          <ErrorMessage error={error} />
          <div class="actions">
            <button type="submit" class={plan ? undefined : "primary"} disabled={!file || stage.kind === "busy"} data-testid="import-dry-run">
              {t("importPreview")}
            </button>
          </div>
          <div aria-live="polite">
            {stage.kind === "busy" && <Loading />}
            {stage.kind === "refused" && (
              <div class="error-block">
                <p class="error">{t("importRefused")}</p>
                <ImportProblems issues={stage.error.issues} />
              </div>
            )}
            {plan && (
              <section class="import-plan" aria-labelledby="plan-h">
                <h2 id="plan-h">{t("importPlanTitle")}</h2>
                <p>{t("importPlanIntro")}</p>
                <ImportPreview plan={plan} />
                {plan.duplicateOf && (
                  <div class="notice warning" data-testid="import-duplicate">
                    <p>{t("importDuplicate")}</p>
                    <label>
                      <input type="checkbox" checked={again} onChange={(e) => setAgain(e.currentTarget.checked)} /> {t("importAgain")}
                    </label>
                  </div>
                )}
                <div class="actions">
                  <button type="button" class="primary" disabled={!!plan.duplicateOf && !again} onClick={() => run(false)} data-testid="import-run">
                    {t("importRun")}
                  </button>
                </div>
              </section>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
