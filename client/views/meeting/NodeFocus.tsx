// Text alternative of the graph focus: choose a node (keyboard) and read its degrees and its links out and in with scores.
import type { AnalysisEdge, AnalysisResult } from "../../../analysis/types.ts";
import { useI18n } from "../../i18n/index.ts";
import { roundMetrics, type RoundMetrics } from "./metrics.ts";
import { linksOf, ratersOf, type NodeNames } from "./model.ts";

interface Props {
  analysis: AnalysisResult;
  names: NodeNames;
  node: string | null;
  /** Degrees etc.; computed here when the caller has none. */
  metrics?: RoundMetrics;
  onFocusNode: (id: string | null) => void;
}

function LinkList({ edges, other, names, title }: { edges: AnalysisEdge[]; other: "source" | "target"; names: NodeNames; title: string }) {
  const { t, num } = useI18n();
  return (
    <div>
      <h3>{title}</h3>
      {edges.length === 0 ? (
        <p class="muted">{t("none")}</p>
      ) : (
        <ul class="focus-links">
          {edges.map((e) => (
            <li key={e[other]} class={e.band}>
              <span>{names.long(e[other])}</span> <strong>{num(e.score)}</strong>
              {e.weak && <span class="mark"> ◆ {t("weakMark")}</span>}{" "}
              <span class="n-raters" title={t("ratingsCount", { n: e.n })}>
                <span aria-hidden="true">(n={ratersOf(e)})</span>
                <span class="sr-only">
                  ({t("ratersCount", { n: ratersOf(e) })}, {t("ratingsCount", { n: e.n })})
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function NodeFocus({ analysis, names, node, metrics, onFocusNode }: Props) {
  const { t } = useI18n();
  const links = node ? linksOf(analysis, node) : null;
  const degree = node ? (metrics ?? roundMetrics(analysis)).degrees.get(node) : undefined;
  const others = analysis.nodes.length - 1;
  return (
    <section class="panel focus" aria-labelledby="focus-h" aria-live="polite">
      <h2 id="focus-h" class="sr-only">
        {t("focusHeading")}
      </h2>
      <label class="inline">
        {t("focusPick")}{" "}
        <select value={node ?? ""} onChange={(e) => onFocusNode(e.currentTarget.value || null)}>
          <option value="">–</option>
          {analysis.nodes.map((n) => (
            <option key={n.id} value={n.id}>
              {names.short(n.id)} – {names.long(n.id)}
            </option>
          ))}
        </select>
      </label>
      {node && links && (
        <div class="focus-body" data-testid="node-focus">
          <p class="focus-name">{names.long(node)}</p>
          {degree && (
            <p class="focus-degree">
              {t("inDegree")}: <strong>{t("degreeOf", { k: degree.in, n: others })}</strong> · {t("outDegree")}:{" "}
              <strong>{t("degreeOf", { k: degree.out, n: others })}</strong>
            </p>
          )}
          <div class="two">
            <LinkList edges={links.out} other="target" names={names} title={t("linksOut")} />
            <LinkList edges={links.in} other="source" names={names} title={t("linksIn")} />
          </div>
          <p class="caption-note">{t("ratersNote")}</p>
          <button type="button" class="small" onClick={() => onFocusNode(null)}>
            {t("clearFocus")}
          </button>
        </div>
      )}
    </section>
  );
}
