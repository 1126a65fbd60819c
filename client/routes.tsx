// Maps the hash path to a view; evaluators always get the cross-case evaluator view.
import type { Route } from "./router.ts";
import { useI18n } from "./i18n/index.ts";
import { CaseListView } from "./views/cases/CaseListView.tsx";
import { CaseCreateView } from "./views/cases/CaseCreateView.tsx";
import { CaseView } from "./views/cases/CaseView.tsx";
import { RoundView } from "./views/round/RoundView.tsx";
import { MeetingPage } from "./views/meeting/MeetingPage.tsx";
import { CompareView } from "./views/compare/CompareView.tsx";
import { AgendaPage } from "./views/agenda/AgendaPage.tsx";
import { ImportView } from "./views/imports/ImportView.tsx";
import { TimelineView } from "./views/timeline/TimelineView.tsx";
import { UsersView } from "./views/admin/UsersView.tsx";
import { RetentionView } from "./views/admin/RetentionView.tsx";
import { lazyView } from "./components/lazy.tsx";
import { useApp } from "./state.ts";

const EvaluatorView = lazyView(() => import("./views/evaluator/EvaluatorView.tsx").then((m) => m.EvaluatorView));

export function Routes({ route }: { route: Route }) {
  const { t } = useI18n();
  const { user } = useApp();
  const [a, b, c] = route.path;
  // Evaluators see aggregates only (no single-case access): every route leads to the evaluator view.
  if (a === "evaluator" || user?.role === "evaluator") return <EvaluatorView query={route.query} />;
  if (!a) return <CaseListView />;
  if (a === "cases" && b === "new") return <CaseCreateView />;
  if (a === "cases" && b && c === "compare") return <CompareView caseId={b} query={route.query} />;
  if (a === "cases" && b && c === "timeline") return <TimelineView caseId={b} query={route.query} />;
  if (a === "cases" && b && c === "import") return <ImportView caseId={b} />;
  if (a === "cases" && b) return <CaseView id={b} />;
  if (a === "rounds" && b && c === "meeting") return <MeetingPage id={b} query={route.query} />;
  if (a === "rounds" && b && c === "agenda") return <AgendaPage id={b} query={route.query} />;
  if (a === "rounds" && b) return <RoundView id={b} />;
  if (a === "admin" && b === "users") return <UsersView />;
  if (a === "admin" && b === "retention") return <RetentionView />;
  return <p>{t("notFound")}</p>;
}
