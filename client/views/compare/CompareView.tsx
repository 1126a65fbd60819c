// Compare two rounds of a case: choose before/after, then the changes, side by side (graphs + matrices) or the animated transition.
import { useMemo, useState } from "preact/hooks";
import { compareRounds } from "../../../analysis/compare.ts";
import { Api } from "../../api/endpoints.ts";
import { ErrorMessage, Loading } from "../../components/ErrorMessage.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useAsync } from "../../components/useAsync.ts";
import { useI18n } from "../../i18n/index.ts";
import { href } from "../../router.ts";
import { useApp } from "../../state.ts";
import { nodeNames } from "../meeting/model.ts";
import { Changes } from "./Changes.tsx";
import { SideBySide } from "./SideBySide.tsx";
import { Transition } from "./Transition.tsx";

type Tab = "side" | "changes" | "transition";
const TAB_LABEL = { changes: "changes", side: "sideBySide", transition: "transition" } as const;
const TABS: Tab[] = ["changes", "side", "transition"];

export function CompareView({ caseId, query }: { caseId: string; query: URLSearchParams }) {
  const { t, lang } = useI18n();
  const { roles } = useApp();
  const [a, setA] = useState(query.get("a") ?? "");
  const [b, setB] = useState(query.get("b") ?? "");
  const [tab, setTab] = useState<Tab>(() => (TABS.find((x) => x === query.get("view")) ?? "changes"));
  const meta = useAsync(async () => ({ kase: await Api.getCase(caseId), rounds: await Api.rounds(caseId) }), [caseId]);
  const q = { by: "role" as const, dimension: "all", threshold: 3.5 };
  const data = useAsync(async () => (a && b ? Promise.all([Api.analysis(a, q), Api.analysis(b, q)]) : null), [a, b]);
  const cmp = useMemo(() => (data.data ? compareRounds(data.data[0], data.data[1]) : null), [data.data]);

  if (meta.error) return <ErrorMessage error={meta.error} onRetry={meta.reload} />;
  if (!meta.data) return <Loading />;
  const { kase, rounds } = meta.data;
  const usable = rounds.filter((r) => r.status !== "draft");
  const pick = (label: string, value: string, set: (v: string) => void) => (
    <label class="control">
      <span>{label}</span>
      <select value={value} onChange={(e) => set(e.currentTarget.value)}>
        <option value="">–</option>
        {usable.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name} ({r.createdAt.slice(0, 10)})
          </option>
        ))}
      </select>
    </label>
  );
  const roundName = (id: string) => rounds.find((r) => r.id === id)?.name ?? id;
  const names = data.data ? nodeNames({ ...data.data[1], nodes: [...data.data[0].nodes, ...data.data[1].nodes] }, roles, lang) : null;
  return (
    <section>
      <p class="crumbs">
        <a href="#/">{t("navCases")}</a> › <a href={href("cases", caseId)}>{kase.code}</a>
      </p>
      <PageTitle>{`${t("compareTitle")} – ${kase.code}`}</PageTitle>
      <div class="controls" role="group" aria-label={t("chooseRounds")}>
        {pick(t("before"), a, setA)}
        {pick(t("after"), b, setB)}
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
      {data.data && tab === "side" && <SideBySide before={data.data[0]} after={data.data[1]} layoutKey={`${caseId}.compare`} />}
      {data.data && tab === "transition" && (
        <Transition
          before={data.data[0]}
          after={data.data[1]}
          beforeName={roundName(a)}
          afterName={roundName(b)}
          layoutKey={`${caseId}.compare`}
        />
      )}
    </section>
  );
}
