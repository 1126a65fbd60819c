// Preact wrapper around the sigma renderer (loaded lazily); falls back to a note when WebGL is unavailable.
import { useEffect, useRef, useState } from "preact/hooks";
import type { AnalysisResult } from "../api/types.ts";
import { useI18n } from "../i18n/index.ts";
import type { Focus, GraphRenderer } from "./renderer.ts";
import type { SizeBy } from "./build.ts";

interface Props {
  analysis: AnalysisResult;
  layoutKey: string;
  sizeBy: SizeBy;
  focus: Focus;
  colourOf: (role: string) => string;
  large?: boolean;
  onClickNode: (id: string | null) => void;
  onHoverNode: (id: string | null) => void;
}

export function webglAvailable(): boolean {
  if (typeof WebGLRenderingContext === "undefined") return false;
  try {
    return !!document.createElement("canvas").getContext("webgl");
  } catch {
    return false;
  }
}

export function GraphView(p: Props) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const renderer = useRef<GraphRenderer | null>(null);
  const [failed, setFailed] = useState(!webglAvailable());
  const handlers = useRef(p);
  handlers.current = p;

  useEffect(() => {
    if (failed || !box.current) return;
    let live = true;
    const container = box.current;
    const t0 = performance.now();
    Promise.all([import("./build.ts"), import("./layout.ts"), import("./renderer.ts")])
      .then(([build, layout, render]) => {
        if (!live) return;
        const scale = p.large ? 1.5 : 1;
        const g = build.buildGraph(p.analysis, { sizeBy: p.sizeBy, colourOf: p.colourOf, scale });
        layout.seededLayout(g, layout.loadPositions(p.layoutKey));
        renderer.current = render.createRenderer(
          container,
          g,
          {
            onClickNode: (id) => handlers.current.onClickNode(id),
            onHoverNode: (id) => handlers.current.onHoverNode(id),
            onMoved: () => layout.savePositions(p.layoutKey, g),
            onFirstFrame: () => {
              container.dataset.firstFrameMs = (performance.now() - t0).toFixed(1);
              container.dataset.rendered = "true";
            },
          },
          p.large ? 22 : 14,
        );
        renderer.current.setFocus(handlers.current.focus);
      })
      .catch((e: unknown) => {
        console.error("graph failed", e);
        if (live) setFailed(true);
      });
    return () => {
      live = false;
      renderer.current?.kill();
      renderer.current = null;
    };
  }, [p.analysis, p.sizeBy, p.layoutKey, p.large, failed]);

  useEffect(() => renderer.current?.setFocus(p.focus), [p.focus]);

  if (failed) return <p class="muted graph-fallback">{t("graphAlt")}</p>;
  return <div ref={box} class="graph-canvas" data-testid="graph" role="img" aria-label={`${t("graphTitle")}. ${t("graphAlt")}`} />;
}
