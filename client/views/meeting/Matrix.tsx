// The role × role heatmap as in the seed: rows (full names) rate columns (codes), weak cells tinted and marked ◆, not-responded rows marked, n raters per cell.
import type { AnalysisResult } from "../../../analysis/types.ts";
import { BandCell, DiagCell, EmptyCell, MatrixHead } from "../../components/MatrixCells.tsx";
import { useI18n } from "../../i18n/index.ts";
import { edgeKey, edgeMap, ratersOf, type NodeNames } from "./model.ts";

/** Above this many nodes the table is unreadable (and slow); the lists and the graph still work. */
const MAX_NODES = 60;

interface Props {
  analysis: AnalysisResult;
  names: NodeNames;
  onFocusNode: (id: string) => void;
  /** Nodes that answer the family's form in this round (they are rated, never raters): their row says so. */
  familyRows?: Set<string>;
}

export function Matrix({ analysis, names, onFocusNode, familyRows }: Props) {
  const { t, num } = useI18n();
  const edges = edgeMap(analysis);
  const nodes = analysis.nodes;
  if (nodes.length > MAX_NODES) return <p class="muted">{t("matrixTooLarge", { n: nodes.length })}</p>;
  return (
    <div class="matrix-wrap">
      <h2 aria-hidden="true">{t("matrixTitle")}</h2>
      <p class="caption-note matrix-note" id="matrix-note">
        {t("matrixCaption", { t: num(analysis.threshold) })} <span class="screen-only">{t("matrixHoverHint")}</span>
      </p>
      <table class="matrix" data-testid="matrix" aria-describedby="matrix-note">
        <caption class="sr-only">{t("matrixTitle")}</caption>
        <MatrixHead cols={nodes.map((c) => ({ key: c.id, short: names.short(c.id), long: names.long(c.id) }))} />
        <tbody>
          {nodes.map((r) => (
            <tr key={r.id} class={r.responded ? undefined : "no-response"}>
              <th scope="row">
                <button type="button" class="link" onClick={() => onFocusNode(r.id)}>
                  {/* The full name on screen, the code on paper (narrow columns); either way both are read out. */}
                  <span class="row-short" aria-hidden="true">
                    {names.short(r.id)}
                  </span>
                  <span class="row-long">
                    {names.long(r.id)} <span class="row-code">({names.short(r.id)})</span>
                  </span>
                </button>
                {!r.responded && <span class="nr">{familyRows?.has(r.id) ? t("answersFamilyForm") : t("notResponded")}</span>}
              </th>
              {nodes.map((c) => {
                if (c.id === r.id) return <DiagCell key={c.id} />;
                const e = edges.get(edgeKey(r.id, c.id));
                if (!e) return <EmptyCell key={c.id} dash={r.responded} />;
                return (
                  <BandCell key={c.id} band={e.band} weak={e.weak} score={num(e.score)}>
                    <span class="n" title={`${t("ratersCount", { n: ratersOf(e) })} · ${t("ratingsCount", { n: e.n })}`}>
                      <span aria-hidden="true">n={ratersOf(e)}</span>
                      <span class="sr-only">
                        , {t("ratersCount", { n: ratersOf(e) })}, {t("ratingsCount", { n: e.n })}
                      </span>
                    </span>
                  </BandCell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
