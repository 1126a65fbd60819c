// @vitest-environment happy-dom
// Meeting view components with seed case 3: matrix values with decimal comma and weak marks, weak-link order, switches.
import { cleanup, fireEvent, render, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Lang } from "../../client/i18n/index.ts";
import { Matrix } from "../../client/views/meeting/Matrix.tsx";
import { MeetingView } from "../../client/views/meeting/MeetingView.tsx";
import { nodeNames } from "../../client/views/meeting/model.ts";
import { DEFAULT_SETTINGS } from "../../client/views/meeting/settings.ts";
import { WeakLinks } from "../../client/views/meeting/WeakLinks.tsx";
import { DEFAULT_ROLES } from "../../domain/roles.ts";
import { RC7_V1 } from "../../surveys/rc7.ts";
import { case3Analysis, Providers } from "./fixtures.tsx";

afterEach(cleanup);

/** Renders seed case 3's matrix in `lang` and returns the table. */
function renderMatrix(lang: Lang = "nb"): HTMLElement {
  const a = case3Analysis();
  render(
    <Providers lang={lang}>
      <Matrix analysis={a} names={nodeNames(a, DEFAULT_ROLES, lang)} onFocusNode={() => {}} />
    </Providers>,
  );
  return screen.getByTestId("matrix");
}

const cellText = (table: HTMLElement, row: number, col: number) =>
  table.querySelectorAll("tbody tr")[row].querySelectorAll("td")[col].querySelector(".score")?.textContent ?? null;

describe("Matrix (seed case 3)", () => {
  it("shows the seed values with a decimal comma, rows rating columns", () => {
    const table = renderMatrix();
    const headers = [...table.querySelectorAll("thead th")].map((th) => th.firstChild?.textContent);
    expect(headers).toEqual(["HEGE", "ØBC", "PSYK", "SR", "FORÆ"]);
    expect(cellText(table, 0, 1)).toBe("1,0"); // HEGE → ØBC
    expect(cellText(table, 0, 4)).toBe("5,0"); // HEGE → FORÆ
    expect(cellText(table, 1, 3)).toBe("4,2"); // ØBC → SR
    expect(cellText(table, 3, 0)).toBe("4,7"); // SR → HEGE
    expect(cellText(table, 4, 3)).toBe("2,7"); // FORÆ → SR
  });

  it("marks weak cells with colour and ◆, not-responded rows, and n per cell", () => {
    const table = renderMatrix();
    const weak = table.querySelectorAll("td[data-weak=true]");
    expect(weak).toHaveLength(9);
    for (const td of weak) {
      expect(td.querySelector(".mark")?.textContent).toBe("◆");
      expect(td.textContent).toContain("lenke å styrke");
    }
    const sr = table.querySelectorAll("tbody tr")[3];
    expect(sr.querySelectorAll("td[data-weak=true]")).toHaveLength(0);
    const psyk = table.querySelectorAll("tbody tr")[2];
    expect(psyk.className).toContain("no-response");
    expect(psyk.textContent).toContain("har ikke svart");
    expect(table.querySelector("tbody td.cell .n")?.textContent).toContain("n=1");
  });

  it("uses a decimal point in English", () => {
    expect(cellText(renderMatrix("en"), 0, 3)).toBe("1.8");
  });
});

describe("WeakLinks", () => {
  it("lists links to strengthen lowest first with supportive wording and focuses the pair", () => {
    const a = case3Analysis();
    const onFocusPair = vi.fn();
    render(
      <Providers>
        <WeakLinks analysis={a} names={nodeNames(a, DEFAULT_ROLES, "nb")} onFocusPair={onFocusPair} />
      </Providers>,
    );
    expect(screen.getByRole("heading", { name: "Lenker å styrke" })).toBeTruthy();
    const items = within(screen.getByTestId("weak-links")).getAllByRole("listitem");
    const scores = items.map((li) => li.querySelector(".score")!.textContent);
    expect(scores).toEqual(["1,0", "1,0", "1,5", "1,5", "1,8", "1,8", "2,0", "2,7", "2,7"]);
    expect(items[0].textContent).toMatch(/Helsesykepleier → (Psykolog \/ psykisk helse|Barnevern \/ annen tjeneste)/);
    fireEvent.click(within(items[0]).getByRole("button"));
    expect(onFocusPair).toHaveBeenCalledWith(a.weakLinks[0].source, a.weakLinks[0].target);
  });

  it("follows the threshold: at 2.0 only the lowest links remain", () => {
    const a = case3Analysis(2.0);
    render(
      <Providers>
        <WeakLinks analysis={a} names={nodeNames(a, DEFAULT_ROLES, "nb")} onFocusPair={() => {}} />
      </Providers>,
    );
    expect(within(screen.getByTestId("weak-links")).getAllByRole("listitem")).toHaveLength(7);
  });
});

describe("MeetingView switches", () => {
  it("reports dimension, threshold, level and size changes", () => {
    const onSettings = vi.fn();
    render(
      <Providers>
        <MeetingView
          analysis={case3Analysis()}
          settings={DEFAULT_SETTINGS}
          onSettings={onSettings}
          items={RC7_V1.items}
          perItem
          layoutKey="t"
          presenting={false}
          onPresent={() => {}}
          onPrint={() => {}}
        />
      </Providers>,
    );
    const dim = screen.getByTestId("dimension") as HTMLSelectElement;
    expect([...dim.options].map((o) => o.value)).toEqual(["all", "communication", "relationship", ...RC7_V1.items.map((i) => i.id)]);
    fireEvent.change(dim, { target: { value: "timely" } });
    expect(onSettings).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, dimension: "timely" });
    fireEvent.input(screen.getByTestId("threshold"), { target: { value: "2.5" } });
    expect(onSettings).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, threshold: 2.5 });
    fireEvent.click(screen.getByLabelText("Medlemmer"));
    expect(onSettings).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, by: "member" });
    fireEvent.click(screen.getByLabelText("Brobygger (betweenness)"));
    expect(onSettings).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, sizeBy: "betweenness" });
  });

  it("lists a node's links in and out when focused from the keyboard-accessible picker", () => {
    render(
      <Providers>
        <MeetingView analysis={case3Analysis()} settings={DEFAULT_SETTINGS} onSettings={() => {}} items={[]} perItem={false} layoutKey="t" presenting={false} onPresent={() => {}} onPrint={() => {}} />
      </Providers>,
    );
    fireEvent.change(screen.getByLabelText("Velg hvem grafen skal vise"), { target: { value: "HEGE" } });
    const focus = screen.getByTestId("node-focus");
    expect(focus.textContent).toContain("Helsesykepleier");
    expect(within(focus).getByRole("heading", { name: "Gir (ut)" })).toBeTruthy();
    expect(focus.textContent).toContain("1,0");
    expect(focus.textContent).toContain("4,7"); // SR → HEGE, received
    expect((screen.getByTestId("dimension") as HTMLSelectElement).disabled).toBe(true);
  });
});
