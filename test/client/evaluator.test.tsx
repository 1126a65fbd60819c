// @vitest-environment happy-dom
// Evaluator view: hidden cells never show a value, n of cases and weak share per cell, carried values name their release, graph of shown cells only, exports, publishing, landing.
import { cleanup, render, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Api } from "../../client/api/endpoints.ts";
import type { AggregateCell } from "../../analysis/aggregate/types.ts";
import type { AggregateAnswer } from "../../client/api/endpoints.ts";
import { AggregateHeatmap } from "../../client/views/evaluator/AggregateHeatmap.tsx";
import { EvaluatorView } from "../../client/views/evaluator/EvaluatorView.tsx";
import { aggregateAsAnalysis, filtersFromQuery, filtersToQuery, mostOftenWeak } from "../../client/views/evaluator/model.ts";
import { Routes } from "../../client/routes.tsx";
import { AppContext } from "../../client/state.ts";
import { DEFAULT_ROLES } from "../../domain/roles.ts";
import { Providers } from "./fixtures.tsx";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const cell = (rater: string, target: string, v: Partial<AggregateCell>): AggregateCell => ({
  rater, target, n: null, mean: null, median: null, weakShare: null, suppressed: false, reason: null, asOf: "r2", ...v,
});
const hidden = (rater: string, target: string) => cell(rater, target, { suppressed: true, reason: "hidden", asOf: null });
const cells = [
  cell("SKLær", "PPT", { n: 7, mean: 3.2, median: 3, weakShare: 0.571 }),
  cell("SKLær", "HEGE", { n: 6, mean: 4.4, median: 4.5, weakShare: 0, asOf: "r1" }),
  hidden("PPT", "SKLær"),
  hidden("PPT", "HEGE"),
  cell("HEGE", "SKLær", { n: 5, mean: 3.9, median: 4, weakShare: 0.2 }),
  hidden("HEGE", "PPT"),
];
const answer: AggregateAnswer = {
  meta: {
    kind: "role-pairs", release: { id: "r2", publishedAt: "2026-06-30T10:00:00Z" }, dimension: "all", threshold: 3.5, minCases: 5,
    periods: ["Høst 2025", "Vår 2026"], changes: [{ from: "Høst 2025", to: "Vår 2026" }], scope: null, filters: { period: "Vår 2026", district: null, by: null },
  },
  roles: ["SKLær", "PPT", "HEGE"],
  total: { group: null, cases: 9, asOf: "r2", cells },
  breakdowns: [],
};

describe("AggregateHeatmap", () => {
  it("shows mean, n of cases and weak share; hidden cells say so and carry no number; a carried value names its release", () => {
    render(
      <Providers>
        <AggregateHeatmap title="Alle" roles={answer.roles} threshold={3.5} release="r2" pairs={cells} testId="agg" />
      </Providers>,
    );
    const table = screen.getByTestId("agg");
    const rows = table.querySelectorAll("tbody tr");
    const sklPpt = rows[0].querySelectorAll("td")[1];
    expect(sklPpt.querySelector(".score")?.textContent).toBe("3,2");
    expect(sklPpt.textContent).toContain("n = 7 saker");
    expect(sklPpt.textContent).toMatch(/57\s%\så styrke/);
    expect(sklPpt.getAttribute("data-weak")).toBe("true");
    const suppressed = table.querySelectorAll("td[data-suppressed=true]");
    expect(suppressed).toHaveLength(3);
    for (const td of suppressed) {
      expect(td.textContent).toBe("skjult");
      expect(td.textContent).not.toMatch(/\d,\d/);
    }
    const carried = table.querySelectorAll("[data-carried]");
    expect([...carried].map((e) => e.textContent)).toEqual([", fra r1"]); // ", " is for screen readers only
  });
});

describe("evaluator model", () => {
  it("draws only shown cells as graph edges", () => {
    const a = aggregateAsAnalysis(answer, answer.total);
    expect(a.edges.map((e) => `${e.source}>${e.target}:${e.band}:${e.n}`)).toEqual(["SKLær>PPT:weak:7", "SKLær>HEGE:strong:6", "HEGE>SKLær:moderate:5"]);
    expect(a.nodes.map((n) => n.id)).toEqual(["SKLær", "PPT", "HEGE"]);
    expect(a.weakLinks).toEqual([{ source: "SKLær", target: "PPT", score: 3.2 }]);
  });
  it("lists the pairs most often weak, and round-trips filters through the URL", () => {
    expect(mostOftenWeak(cells).map((c) => c.target)).toEqual(["PPT", "SKLær"]);
    const f = filtersFromQuery(new URLSearchParams("district=Heimdal&dimension=timely&by=round&from=A&to=B"));
    expect(f).toEqual({ district: "Heimdal", by: "round", period: "", from: "A", to: "B" });
    expect(filtersToQuery(f)).toBe("district=Heimdal&by=round&from=A&to=B");
  });
});

describe("EvaluatorView", () => {
  it("loads the release's aggregates with the filters and offers exports of the same selection", async () => {
    const spy = vi.spyOn(Api, "aggregates").mockResolvedValue({ ...answer, meta: { ...answer.meta, scope: ["Heimdal"] } });
    const evaluator = { id: "e", email: "e@x.no", name: "Eva", role: "evaluator" as const, districts: ["Heimdal"], disabled: false, createdAt: "2025-01-01T00:00:00.000Z" };
    render(
      <Providers>
        <AppContext.Provider value={{ user: evaluator, roles: DEFAULT_ROLES, instruments: [], logout: () => {} }}>
          <EvaluatorView query={new URLSearchParams("district=Heimdal")} />
        </AppContext.Provider>
      </Providers>,
    );
    await waitFor(() => expect(screen.getByTestId("aggregate-matrix")).toBeTruthy());
    expect(spy).toHaveBeenCalledWith({ district: "Heimdal", period: "", by: undefined });
    expect(screen.getByTestId("aggregate-meta").textContent).toContain("Bygger på 9 saker");
    expect(screen.getByTestId("release-line").textContent).toMatch(/^Tallene er fra utgivelse r2, publisert 30\. juni 2026\.$/);
    expect(screen.getByTestId("export-xlsx").getAttribute("href")).toBe("/api/aggregates/export?district=Heimdal&format=xlsx");
    expect(within(screen.getByTestId("often-weak")).getAllByRole("listitem")).toHaveLength(2);
    expect(screen.queryByTestId("publish-release")).toBeNull();
  });

  it("an admin publishes a new release, and the view reloads from it", async () => {
    const spy = vi.spyOn(Api, "aggregates").mockResolvedValue(answer);
    const publish = vi.spyOn(Api, "publishRelease").mockResolvedValue({ current: null, history: [] });
    const admin = { id: "a", email: "a@x.no", name: "Ada", role: "admin" as const, districts: [], disabled: false, createdAt: "2025-01-01T00:00:00.000Z" };
    render(
      <Providers>
        <AppContext.Provider value={{ user: admin, roles: DEFAULT_ROLES, instruments: [], logout: () => {} }}>
          <EvaluatorView query={new URLSearchParams()} />
        </AppContext.Provider>
      </Providers>,
    );
    await waitFor(() => expect(screen.getByTestId("aggregate-matrix")).toBeTruthy());
    const calls = spy.mock.calls.length;
    screen.getByTestId("publish-release").click();
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Ny utgivelse publisert."));
    expect(publish).toHaveBeenCalledOnce();
    await waitFor(() => expect(spy.mock.calls.length).toBeGreaterThan(calls));
  });

  it("is where an evaluator lands, whatever the route", async () => {
    vi.spyOn(Api, "aggregates").mockResolvedValue(answer);
    const evaluator = { id: "e", email: "e@x.no", name: "Eva", role: "evaluator" as const, districts: [], disabled: false, createdAt: "2025-01-01T00:00:00.000Z" };
    render(
      <Providers>
        <AppContext.Provider value={{ user: evaluator, roles: DEFAULT_ROLES, instruments: [], logout: () => {} }}>
          <Routes route={{ path: ["cases", "x"], query: new URLSearchParams() }} />
        </AppContext.Provider>
      </Providers>,
    );
    expect((await screen.findByRole("heading", { level: 1 })).textContent).toBe("Analyse på tvers av saker");
    await waitFor(() => expect(screen.getByTestId("aggregate-matrix")).toBeTruthy());
  });
});
