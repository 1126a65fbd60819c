// @vitest-environment happy-dom
// Meeting steps, the band legend at any threshold, explained key figures, «Vis i grafen» marking and the keyboard (seed case 3).
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { labelSide, wrapLabel } from "../../client/graph/labels.ts";
import { seatPositions } from "../../client/graph/layout.ts";
import { longNames } from "../../client/graph/names.ts";
import { makeI18n } from "../../client/i18n/index.ts";
import { legendBands } from "../../client/views/meeting/Legend.tsx";
import { MeetingView } from "../../client/views/meeting/MeetingView.tsx";
import { roundMetrics } from "../../client/views/meeting/metrics.ts";
import { DEFAULT_SETTINGS } from "../../client/views/meeting/settings.ts";
import { meetingSteps, stepFocus, stepMove } from "../../client/views/meeting/steps.ts";
import { Summary } from "../../client/views/meeting/Summary.tsx";
import { DEFAULT_ROLES } from "../../domain/roles.ts";
import { case3Analysis, Providers } from "./fixtures.tsx";

afterEach(cleanup);

const nb = makeI18n("nb");
const view = (presenting: boolean) => ({
  analysis: case3Analysis(),
  settings: DEFAULT_SETTINGS,
  onSettings: () => {},
  items: [],
  perItem: false,
  layoutKey: "t",
  presenting,
  onPresent: () => {},
  onPrint: () => {},
});
/** A key pressed on the page (the view listens on window); state updates are flushed before it returns. */
const key = (k: string) => {
  const e = new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true });
  act(() => void window.dispatchEvent(e));
  return e;
};

describe("legend bands", () => {
  it("never gives two bands the same limit (at 4,0 there is no moderate band)", () => {
    const texts = (t: number) => legendBands(t, nb.t, (v) => nb.num(v)).map(([, text]) => text);
    expect(texts(4)).toEqual(["Å styrke (≤ 4,0, stiplet)", "Sterk (> 4,0)"]);
    expect(texts(4.5)).toEqual(["Å styrke (≤ 4,5, stiplet)", "Sterk (> 4,5)"]);
    expect(texts(3.5)).toEqual(["Å styrke (≤ 3,5, stiplet)", "Middels (over 3,5 til og med 4,0)", "Sterk (> 4,0)"]);
    expect(texts(2)).toEqual(["Å styrke (≤ 2,0, stiplet)", "Middels (over 2,0 til og med 4,0)", "Sterk (> 4,0)"]);
  });
  it("matches the bands of the analysis at each threshold", () => {
    for (const t of [2, 3.5, 4, 4.5]) {
      const a = case3Analysis(t);
      const shown = new Set(legendBands(t, nb.t, (v) => nb.num(v)).map(([b]) => b));
      for (const e of a.edges) expect(shown.has(e.band), `${e.band} at ${t}`).toBe(true);
    }
  });
});

describe("meeting steps (seed case 3)", () => {
  it("go overview → each pair to strengthen → different experiences → strengths, the family before the strengths", () => {
    const a = case3Analysis();
    const steps = meetingSteps(a, false);
    expect(steps.map((s) => s.kind)).toEqual(["overview", ...Array(7).fill("weak"), "asym", "asym", "strengths"]);
    // 9 weak links make 7 pairs: HEGE–ØBC and FORÆ–ØBC are weak both ways and get one step each.
    const first = steps[1];
    expect(first).toMatchObject({ kind: "weak", index: 1, total: 7, ab: 1, ba: null });
    const both = steps.find((s) => s.kind === "weak" && [s.a, s.b].sort().join() === "HEGE,ØBC");
    expect(both).toMatchObject({ ab: 1, ba: 1.8 });
    expect(steps[8]).toMatchObject({ kind: "asym", a: "HEGE", b: "SR", ab: 1.8, ba: 4.7 });
    const strengths = steps.at(-1)!;
    expect(strengths.kind === "strengths" && strengths.edges.map((e) => e.score)).toEqual([5, 5, 4.7, 4.5, 4.5, 4.2]);
    expect(meetingSteps(a, true).map((s) => s.kind).slice(-2)).toEqual(["family", "strengths"]);
  });
  it("focus the pair (both directions) or the strong links, and read the clicker's keys", () => {
    const steps = meetingSteps(case3Analysis(), false);
    expect(stepFocus(steps[0])).toBeNull();
    expect(stepFocus(steps[1])).toEqual({ pair: ["HEGE", "PSYK"] });
    expect(stepFocus(steps.at(-1))).toMatchObject({ edges: expect.arrayContaining(["FORÆ->HEGE", "HEGE->FORÆ"]) });
    expect(["PageDown", "ArrowRight", "ArrowDown", "PageUp", "ArrowLeft", "Home", "End", "a"].map(stepMove)).toEqual([
      "next", "next", "next", "prev", "prev", "first", "last", null,
    ]);
  });
});

describe("key figures with explanations (seed case 3)", () => {
  it("computes reciprocity over answered pairs and shows the non-answers apart, with density", () => {
    const a = case3Analysis();
    const m = roundMetrics(a);
    // Non-weak links: ØBC→SR, SR→HEGE/ØBC/PSYK/FORÆ, HEGE→FORÆ, FORÆ→HEGE (7). PSYK answered nothing, so SR→PSYK has no reverse.
    // Of the 6 answered: HEGE↔FORÆ mutual (2); SR→HEGE (HEGE→SR 1,8), SR→ØBC (ØBC→SR 4,2 → mutual), so mutual 4 of 6.
    expect(m.reciprocity).toEqual({ reciprocity: 4 / 6, answered: 6, mutual: 4, unanswered: 1 });
    expect(a.summary.reciprocity).toBeCloseTo(4 / 7, 12);
    expect(m.density).toBeCloseTo(7 / 20, 12);
    render(
      <Providers>
        <Summary analysis={a} metrics={m} />
      </Providers>,
    );
    const tile = (k: string) => screen.getByTestId("summary").querySelector(`[data-metric=${k}]`)!.textContent;
    expect(tile("reciprocity")).toMatch(/67\s%/);
    expect(tile("reciprocity")).toContain("der begge har svart");
    expect(tile("density")).toMatch(/35\s%/);
    for (const k of ["response", "mean", "weak", "reciprocity", "density"]) expect(tile(k)!.length).toBeGreaterThan(20);
    expect(screen.getByTestId("reciprocity-note").textContent).toContain("1 av lenkene over grensen har ikke svar fra den andre siden");
  });
});

describe("the meeting view's keyboard", () => {
  it("marks the item «Vis i grafen» shows, unmarks it on a second press and on Esc", () => {
    render(
      <Providers>
        <MeetingView {...view(false)} />
      </Providers>,
    );
    const item = within(screen.getByTestId("weak-links")).getAllByRole("listitem")[0];
    const button = within(item).getByRole("button");
    fireEvent.click(button);
    expect(item.className).toBe("active");
    expect(button.getAttribute("aria-pressed")).toBe("true");
    key("Escape");
    expect(button.getAttribute("aria-pressed")).toBe("false");
    fireEvent.click(button);
    fireEvent.click(button);
    expect(button.getAttribute("aria-pressed")).toBe("false");
  });
  it("steps with PageDown/PageUp (not scrolling), jumps with Home/End and goes back to the overview with Esc", () => {
    let exits = 0;
    render(
      <Providers>
        <MeetingView {...view(true)} onPresent={() => exits++} />
      </Providers>,
    );
    const step = () => screen.getByTestId("step");
    expect(step().dataset.kind).toBe("overview");
    expect(key("PageDown").defaultPrevented).toBe(true);
    expect(key("PageDown").defaultPrevented).toBe(true);
    expect(step().dataset.index).toBe("2");
    key("PageUp");
    expect(step().dataset.index).toBe("1");
    key("End");
    expect(step().dataset.kind).toBe("strengths");
    key("Escape");
    expect(step().dataset.kind).toBe("overview");
    expect(exits).toBe(0);
    key("Escape");
    expect(exits).toBe(1);
  });
});

describe("node names and places", () => {
  it("writes full role names, with the member's label and a number where names would repeat", () => {
    const names = longNames(
      [
        { id: "a", role: "SKLær", label: "kontaktlærer" },
        { id: "b", role: "SKLær", label: "SKLær" },
        { id: "c", role: "SKLær", label: "" },
        { id: "d", role: "HEGE", label: "HEGE" },
      ],
      DEFAULT_ROLES,
      "nb",
    );
    expect([...names.values()]).toEqual(["Lærer (kontaktlærer)", "Lærer 1", "Lærer 2", "Helsesykepleier"]);
    expect(wrapLabel("Skole / spesialpedagogisk ressurs", 20)).toEqual(["Skole /", "spesialpedagogisk", "ressurs"]);
    expect(wrapLabel("Helsesykepleier", 14)).toEqual(["Helsesykepleier"]);
    expect(labelSide(-10, 0, 0, 0)).toBe("left");
    expect(labelSide(0, -10, 0, 0)).toBe("above");
  });
  it("puts a role where its members sit, so roles ↔ members keeps the picture", () => {
    const seats = [
      { id: "m1", role: "SKLær", label: "a" },
      { id: "m2", role: "SKLær", label: "b" },
      { id: "m3", role: "HEGE" },
      { id: "m4", role: "FORÆ" },
    ];
    const members = seatPositions(seats, seats, DEFAULT_ROLES.map((r) => r.id));
    const roles = seatPositions([{ id: "SKLær", role: "SKLær" }, { id: "HEGE", role: "HEGE" }, { id: "FORÆ", role: "FORÆ" }], seats, DEFAULT_ROLES.map((r) => r.id));
    expect(roles.HEGE).toEqual(members.m3);
    expect(roles.FORÆ).toEqual(members.m4);
    // The role sits on the circle at the mean direction of its two members' seats.
    const mid = Math.atan2(members.m1.y + members.m2.y, members.m1.x + members.m2.x);
    expect(Math.atan2(roles.SKLær.y, roles.SKLær.x)).toBeCloseTo(mid, 12);
    expect(Math.hypot(roles.SKLær.x, roles.SKLær.y)).toBeCloseTo(100, 9);
  });
});
