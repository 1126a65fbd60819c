// The presentation's side panel: what the current meeting step is about, in large type, with previous/next buttons.
import type { AnalysisResult } from "../../../analysis/types.ts";
import type { RoundVoices } from "../../../domain/index.ts";
import { useI18n } from "../../i18n/index.ts";
import { VoicesBand } from "../voices/VoicesBand.tsx";
import type { RoundMetrics } from "./metrics.ts";
import { edgeKey, edgeMap, type NodeNames } from "./model.ts";
import type { PairView, Step } from "./steps.ts";
import { Summary } from "./Summary.tsx";

interface Props {
  analysis: AnalysisResult;
  names: NodeNames;
  metrics: RoundMetrics;
  voices?: RoundVoices | null;
  steps: Step[];
  index: number;
  onGo: (index: number) => void;
}

function PairScores({ pair, analysis, names }: { pair: PairView; analysis: AnalysisResult; names: NodeNames }) {
  const { t, num } = useI18n();
  const edges = edgeMap(analysis);
  const row = (s: string, d: string, v: number | null) => (
    <li class={edges.get(edgeKey(s, d))?.band ?? "none"}>
      <span class="who">
        {names.long(s)} → {names.long(d)}
      </span>
      <strong class="score">{v === null ? t("notAnswered") : num(v)}</strong>
    </li>
  );
  return (
    <ul class="pair-big" data-testid="step-pair">
      {row(pair.a, pair.b, pair.ab)}
      {row(pair.b, pair.a, pair.ba)}
    </ul>
  );
}

export function StepPanel({ analysis, names, metrics, voices, steps, index, onGo }: Props) {
  const { t, num } = useI18n();
  const step = steps[index];
  const title =
    step.kind === "overview"
      ? t("stepOverview")
      : step.kind === "weak"
        ? `${t("stepWeak")} ${t("stepOf", { i: step.index, n: step.total })}`
        : step.kind === "asym"
          ? `${t("stepAsym")} ${t("stepOf", { i: step.index, n: step.total })}`
          : step.kind === "family"
            ? t("stepFamily")
            : t("stepStrengths");
  const pairs = new Set(analysis.weakLinks.map((w) => [w.source, w.target].sort().join("\u0000"))).size;
  return (
    <section class="panel step-panel" aria-labelledby="step-h" data-testid="step" data-kind={step.kind} data-index={index}>
      <p class="step-count">{t("stepOf", { i: index + 1, n: steps.length })}</p>
      <h2 id="step-h" aria-live="polite">
        {title}
      </h2>
      {step.kind === "overview" && (
        <>
          <Summary analysis={analysis} metrics={metrics} compact />
          <p class="step-lead">{t("overviewCounts", { weak: pairs, asym: analysis.asymmetries.length })}</p>
        </>
      )}
      {step.kind === "weak" && (
        <>
          <PairScores pair={step} analysis={analysis} names={names} />
          <p class="step-ask">{t("stepWeakAsk")}</p>
        </>
      )}
      {step.kind === "asym" && (
        <>
          <PairScores pair={step} analysis={analysis} names={names} />
          <p class="step-lead">{t("gapLabel", { g: num(step.gap) })}</p>
          <p class="step-ask">{t("stepAsymAsk")}</p>
        </>
      )}
      {step.kind === "family" && voices && <VoicesBand voices={voices} />}
      {step.kind === "strengths" &&
        (step.edges.length === 0 ? (
          <p>{t("stepStrengthsNone", { m: num(Math.max(4, analysis.threshold)) })}</p>
        ) : (
          <>
            <ul class="pair-big strengths" data-testid="step-strengths">
              {step.edges.map((e) => (
                <li key={`${e.source}-${e.target}`} class="strong">
                  <span class="who">
                    {names.long(e.source)} → {names.long(e.target)}
                  </span>
                  <strong class="score">{num(e.score)}</strong>
                </li>
              ))}
            </ul>
            <p class="step-ask">{t("stepStrengthsAsk")}</p>
          </>
        ))}
      <nav class="step-nav" aria-label={t("presentNav")}>
        <button type="button" onClick={() => onGo(index - 1)} disabled={index === 0}>
          <span aria-hidden="true">← </span>
          {t("stepPrev")}
        </button>
        <button type="button" class="primary" onClick={() => onGo(index + 1)} disabled={index === steps.length - 1}>
          {t("stepNext")}
          <span aria-hidden="true"> →</span>
        </button>
      </nav>
      <p class="present-hint">{t("presentHint")}</p>
    </section>
  );
}
