// Compare two rounds of a case: choose before/after, the level (roles or members) and the threshold, then the changes,
// side by side (graphs + matrices) or the animated transition; the choices live in the URL.
import { useEffect, useMemo, useState } from "preact/hooks";
import { compareRounds } from "../../../analysis/compare.ts";
import { Api } from "../../api/endpoints.ts";
import { ErrorMessage, Loading } from "../../components/ErrorMessage.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ThresholdSlider } from "../../components/ThresholdSlider.tsx";
import { useAsync } from "../../components/useAsync.ts";
import { useI18n } from "../../i18n/index.ts";
import { href } from "../../router.ts";
import { useApp } from "../../state.ts";
import { nodeNames } from "../meeting/model.ts";
import { useDebounced } from "../../hooks/useDebounced.ts";
import { Changes } from "./Changes.tsx";
import { SideBySide } from "./SideBySide.tsx";
import { Transition } from "./Transition.tsx";

type Tab = "side" | "changes" | "transition";
type Level = "role" | "member";
const TAB_LABEL = { changes: "changes", side: "sideBySide", transition: "transition" } as const;
const TABS: Tab[] = ["changes", "side", "transition"];

/** The threshold from the URL (1–5, one decimal), else 3.5. */
export function thresholdFrom(q: URLSearchParams): number {
  const v = Number(q.get("t"));
  return q.has("t") && v >= 1 && v <= 5 ? Math.round(v * 10) / 10 : 3.5;
}

export function CompareView({ caseId, query }: { caseId: string; query: URLSearchParams }) {
  const { t, lang, date } = useI18n();
  const { roles } = useApp();
  const [a, setA] = useState(query.get("a") ?? "");
  const [b, setB] = useState(query.get("b") ?? "");
  const [tab, setTab] = useState<Tab>(() => TABS.find((x) => x === query.get("view")) ?? "changes");
  const [by, setBy] = useState<Level>(query.get("by") === "member" ? "member" : "role");
  const [threshold, setThreshold] = useState(() => thresholdFrom(query));
  const wanted = useDebounced(threshold, 200);
  const meta = useAsync(
    async () => {
      const [kase, rounds, members] = await Promise.all([Api.getCase(caseId), Api.rounds(caseId), Api.members(caseId).catch(() => [])]);
      return { kase, rounds, seats: members.map((m) => ({ id: m.id, role: m.role, label: m.label })) };
    },
    [caseId],
  );
  const q = { by, dimension: "all", threshold: wanted };
  const data = useAsync(async () => (a && b ? Promise.all([Api.analysis(a, q), Api.analysis(b, q)]) : null), [a, b, by, wanted]);
  const cmp = useMemo(() => (data.data ? compareRounds(data.data[0], data.data[1]) : null), [data.data]);
  useEffect(() => {
    const p = new URLSearchParams({ a, b, view: tab, by, t: String(threshold) });
    history.replaceState(null, "", `${href("cases", caseId, "compare")}?${p}`);
  }, [a, b, tab, by, threshold]);

  if (meta.error) return <ErrorMessage error={meta.error} onRetry={meta.reload} />;
  if (!meta.data) return <Loading />;
  const { kase, rounds, seats } = meta.data;
  const usable = rounds.filter((r) => r.status !== "draft");
  const pick = (label: string, value: string, set: (v: string) => void, testId: string) => (
    <label class="control">
      <span>{label}</span>
      <select value={value} onChange={(e) => set(e.currentTarget.value)} data-testid={testId}>
        <option value="">–</option>
        {usable.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name} ({date(r.closedAt ?? r.openedAt ?? r.createdAt)})
          </option>
        ))}
      </select>
    </label>
  );
  const roundName = (id: string) => rounds.find((r) => r.id === id)?.name ?? id;
  const names = data.data ? nodeNames({ nodes: [...data.data[0].nodes, ...data.data[1].nodes] }, roles, lang) : null;
  const layoutKey = `${caseId}.compare.${by}`;
  return (
    <section>
      <p class="crumbs">
        <a href="#/">{t("navCases")}</a> › <a href={href("cases", caseId)}>{kase.code}</a>
      </p>
      <PageTitle>{`${t("compareTitle")} – ${kase.code}`}</PageTitle>
      <div class="controls" role="group" aria-label={t("chooseRounds")}>
        {pick(t("before"), a, setA, "round-a")}
        {pick(t("after"), b, setB, "round-b")}
        <fieldset class="radios">
          <legend>{t("level")}</legend>
          {(["role", "member"] as const).map((x) => (
            <label key={x}>
              <input type="radio" name="cmp-level" value={x} checked={by === x} onChange={() => setBy(x)} /> {x === "role" ? t("levelRole") : t("levelMember")}
            </label>
          ))}
        </fieldset>
        <ThresholdSlider value={threshold} onChange={setThreshold} testId="compare-threshold" />
        <fieldset class="radios">
          <legend class="sr-only">{t("compareTitle")}</legend>
          {TABS.map((x) => (
            <label key={x}>
              <input type="radio" name="cmp-tab" checked={tab === x} onChange={() => setTab(x)} /> {t(TAB_LABEL[x])}
            </label>
          ))}
        </fieldset>
      </div>
      <ErrorMessage error={data.error} onRetry={data.reload} />
      {data.loading && <Loading />}
      {data.data && cmp && names && tab === "changes" && <Changes cmp={cmp} names={names} />}
      {data.data && tab === "side" && <SideBySide before={data.data[0]} after={data.data[1]} layoutKey={layoutKey} seats={seats} />}
      {data.data && tab === "transition" && (
        <Transition before={data.data[0]} after={data.data[1]} beforeName={roundName(a)} afterName={roundName(b)} layoutKey={layoutKey} seats={seats} />
      )}
    </section>
  );
}
