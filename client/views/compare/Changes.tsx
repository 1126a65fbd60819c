// Changes between two rounds: key figure deltas, weak links closed and opened, and pair deltas largest first.
import type { RoundComparison, WeakLinkChange } from "../../../analysis/types.ts";
import { useI18n } from "../../i18n/index.ts";
import type { NodeNames } from "../meeting/model.ts";

function PairList({ title, list, names, testId }: { title: string; list: WeakLinkChange[]; names: NodeNames; testId: string }) {
  const { t, num } = useI18n();
  return (
    <section class="panel">
      <h2>{title}</h2>
      {list.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul class="pairs" data-testid={testId}>
          {list.map((w) => (
            <li key={`${w.source}-${w.target}`}>
              <span class="pair">
                {names.long(w.source)} → {names.long(w.target)}
              </span>
              <span class="score">
                {num(w.before)} → {num(w.after)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function Changes({ cmp, names }: { cmp: RoundComparison; names: NodeNames }) {
  const { t, num, delta, pct } = useI18n();
  const pairs = cmp.pairs.filter((p) => p.change !== null).sort((x, y) => Math.abs(y.change!) - Math.abs(x.change!));
  const s = cmp.summary;
  return (
    <div class="changes">
      <dl class="summary" data-testid="compare-summary">
        <div>
          <dt>{t("meanScore")}</dt>
          <dd>
            {num(s.before.meanScore)} → {num(s.after.meanScore)} ({delta(s.meanScore)})
          </dd>
        </div>
        <div>
          <dt>{t("weakShare")}</dt>
          <dd>
            {pct(s.before.weakShare)} → {pct(s.after.weakShare)}
          </dd>
        </div>
        <div>
          <dt>{t("responseRate")}</dt>
          <dd>
            {pct(s.before.responseRate)} → {pct(s.after.responseRate)}
          </dd>
        </div>
      </dl>
      <div class="two">
        <PairList title={t("weakClosed")} list={cmp.weakClosed} names={names} testId="weak-closed" />
        <PairList title={t("weakOpened")} list={cmp.weakOpened} names={names} testId="weak-opened" />
      </div>
      <section class="panel">
        <h2>{t("pairDeltas")}</h2>
        <table class="list">
          <thead>
            <tr>
              <th scope="col">{t("raterRated")}</th>
              <th scope="col">{t("before")}</th>
              <th scope="col">{t("after")}</th>
              <th scope="col">{t("change")}</th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((p) => (
              <tr key={`${p.source}-${p.target}`} class={p.change! < 0 ? "down" : p.change! > 0 ? "up" : undefined}>
                <th scope="row">
                  {names.long(p.source)} → {names.long(p.target)}
                </th>
                <td>{num(p.before)}</td>
                <td>{num(p.after)}</td>
                <td>
                  <span aria-hidden="true">{p.change! > 0 ? "▲ " : p.change! < 0 ? "▼ " : ""}</span>
                  {delta(p.change)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
