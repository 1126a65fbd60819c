// Animated transition of the graph from round A to round B: play/replay and "show before"; no motion when the user prefers less.
import { useMemo, useState } from "preact/hooks";
import type { AnalysisResult } from "../../../analysis/types.ts";
import { GraphView } from "../../graph/GraphView.tsx";
import type { Seat } from "../../graph/layout.ts";
import { prefersReducedMotion } from "../../graph/motion.ts";
import { useI18n } from "../../i18n/index.ts";
import { roleColour, useApp } from "../../state.ts";
import { Legend } from "../meeting/Legend.tsx";

interface Props {
  before: AnalysisResult;
  after: AnalysisResult;
  beforeName: string;
  afterName: string;
  layoutKey: string;
  seats?: Seat[];
}

export function Transition({ before, after, beforeName, afterName, layoutKey, seats }: Props) {
  const { t } = useI18n();
  const { roles } = useApp();
  const colourOf = useMemo(() => (r: string) => roleColour(roles, r), [roles]);
  const [play, setPlay] = useState<{ at: number; to: 0 | 1 }>({ at: 0, to: 1 });
  const [phase, setPhase] = useState<"running" | "done">("running");
  const showing = play.to === 0 ? beforeName : afterName;
  const reduced = prefersReducedMotion();
  return (
    <section class="panel transition" aria-labelledby="transition-h">
      <h2 id="transition-h">{t("transitionTitle", { a: beforeName, b: afterName })}</h2>
      <p class="muted">{reduced ? t("transitionReduced") : t("transitionIntro")}</p>
      <div class="actions">
        <button type="button" class="primary" data-testid="play-transition" onClick={() => setPlay({ at: Date.now(), to: 1 })}>
          <span aria-hidden="true">▶ </span>
          {play.to === 1 && phase === "done" ? t("replayTransition") : t("playTransition")}
        </button>
        <button type="button" onClick={() => setPlay({ at: Date.now(), to: 0 })}>
          {t("showBefore", { name: beforeName })}
        </button>
        <p class="transition-state" role="status" data-testid="transition-state">
          {phase === "running" && play.to === 1 ? t("transitionRunning", { a: beforeName, b: afterName }) : t("transitionShowing", { name: showing })}
        </p>
      </div>
      <GraphView
        analysis={after}
        from={before}
        play={play}
        onTransition={(p) => setPhase(p)}
        layoutKey={layoutKey}
        seats={seats}
        sizeBy="in"
        focus={null}
        colourOf={colourOf}
        onClickNode={() => {}}
        onHoverNode={() => {}}
      />
      <Legend analysis={after} />
    </section>
  );
}
