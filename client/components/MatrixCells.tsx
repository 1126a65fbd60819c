// Cells the role × role tables share (meeting matrix, aggregate heatmap): labelled headers, the diagonal, empty and band-tinted cells.
import type { ComponentChildren } from "preact";
import { BAND_TINT, type Band } from "../graph/palette.ts";
import { useI18n } from "../i18n/index.ts";

/** A row or column label: the short name shown, the long one as tooltip and for screen readers. */
export interface Label {
  key: string;
  short: string;
  long: string;
}

export function LabelText({ short, long }: Omit<Label, "key">) {
  return (
    <>
      {short}
      <span class="sr-only"> ({long})</span>
    </>
  );
}

export function LabelHeader({ scope, short, long }: Omit<Label, "key"> & { scope: "col" | "row" }) {
  return (
    <th scope={scope} title={long}>
      <LabelText short={short} long={long} />
    </th>
  );
}

/** The header row: the "rater → rated" corner and one column header per label. */
export function MatrixHead({ cols }: { cols: Label[] }) {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        <td class="corner">{t("raterRated")}</td>
        {cols.map((c) => (
          <LabelHeader key={c.key} scope="col" short={c.short} long={c.long} />
        ))}
      </tr>
    </thead>
  );
}

/** The diagonal: nobody rates themselves. */
export function DiagCell() {
  return (
    <td class="diag">
      <span class="sr-only">–</span>
    </td>
  );
}

/** No score for the pair; `dash` shows a visible "–". */
export function EmptyCell({ dash = true }: { dash?: boolean }) {
  const { t } = useI18n();
  return (
    <td class="empty">
      <span aria-hidden="true">{dash ? "–" : ""}</span>
      <span class="sr-only">{t("noScore")}</span>
    </td>
  );
}

/** The ◆ of a weak cell, with its words for screen readers. */
function WeakMark() {
  const { t } = useI18n();
  return (
    <>
      <span class="mark" aria-hidden="true">
        ◆
      </span>
      <span class="sr-only">, {t("weakMark")}</span>
    </>
  );
}

/** A score tinted by its band, marked ◆ when weak; `children` (counts, shares) follow the score. */
export function BandCell({ band, weak, score, children }: { band: Band; weak: boolean; score: string; children: ComponentChildren }) {
  return (
    <td class={`cell ${band}`} style={{ background: BAND_TINT[band] }} data-weak={weak ? "true" : undefined}>
      <span class="score">{score}</span>
      {weak && <WeakMark />}
      {children}
    </td>
  );
}
