// @vitest-environment happy-dom
// Workspace components in nynorsk: raters behind each cell (role level), node focus, case edit/delete with confirm, round closing date.
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { analyze, DEFAULT_ITEMS, type ItemRating } from "../../analysis/index.ts";
import { Api } from "../../client/api/endpoints.ts";
import { RequestError } from "../../client/api/http.ts";
import type { Case, Round } from "../../domain/index.ts";
import { CaseEdit } from "../../client/views/cases/CaseEdit.tsx";
import { Matrix } from "../../client/views/meeting/Matrix.tsx";
import { nodeNames } from "../../client/views/meeting/model.ts";
import { NodeFocus } from "../../client/views/meeting/NodeFocus.tsx";
import { RoundView } from "../../client/views/round/RoundView.tsx";
import { DEFAULT_ROLES } from "../../domain/roles.ts";
import { Providers } from "./fixtures.tsx";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

// Two teachers rate PPT (7 items each): the SKLær→PPT cell has 2 raters behind 14 ratings; PPT rates one teacher.
const nodes = [
  { id: "t1", role: "SKLær", label: "t1" },
  { id: "t2", role: "SKLær", label: "t2" },
  { id: "p", role: "PPT", label: "p" },
];
const all = (rater: string, target: string, v: number): ItemRating[] => DEFAULT_ITEMS.map((item) => ({ rater, target, item, value: v }));
const byRole = analyze({ nodes, ratings: [...all("t1", "p", 4), ...all("t2", "p", 3), ...all("p", "t1", 5)] }, { by: "role" });

describe("raters behind each cell (nynorsk)", () => {
  it("shows n = number who answered in the matrix, with the ratings count for screen readers and as a tooltip", () => {
    render(
      <Providers lang="nn">
        <Matrix analysis={byRole} names={nodeNames(byRole, DEFAULT_ROLES, "nn")} onFocusNode={() => {}} />
      </Providers>,
    );
    const table = screen.getByTestId("matrix");
    const cells = [...table.querySelectorAll("td.cell")];
    const sklPpt = cells.find((td) => td.querySelector(".score")?.textContent === "3,5")!;
    expect(sklPpt.querySelector(".n [aria-hidden]")?.textContent).toBe("n=2");
    expect(sklPpt.textContent).toContain("2 som har svart, 14 vurderingar");
    expect(sklPpt.querySelector(".n")?.getAttribute("title")).toBe("2 som har svart · 14 vurderingar");
    expect(screen.getByText(/talet på dei som har svart/)).toBeTruthy();
    expect(screen.getByTestId("matrix").querySelector("td[data-weak=true]")?.textContent).toContain("lenkje å styrkje");
  });

  it("lists the raters in the node focus lists", () => {
    render(
      <Providers lang="nn">
        <NodeFocus analysis={byRole} names={nodeNames(byRole, DEFAULT_ROLES, "nn")} node="PPT" onFocusNode={() => {}} />
      </Providers>,
    );
    const focus = screen.getByTestId("node-focus");
    const inList = within(focus).getAllByRole("list")[1];
    expect(inList.textContent).toContain("(n=2)");
    expect(inList.textContent).toContain("2 som har svart, 14 vurderingar");
    expect(focus.textContent).toContain("n = talet på dei som har svart");
  });
});

const kase: Case = { id: "c1", code: "Sak-N", district: "Heimdal", unit: "Skule", createdAt: "2025-01-01T00:00:00Z" };

describe("case edit and delete (nynorsk)", () => {
  it("saves a changed code", async () => {
    const update = vi.spyOn(Api, "updateCase").mockResolvedValue({ ...kase, code: "Sak-M" });
    const onSaved = vi.fn();
    render(
      <Providers lang="nn">
        <CaseEdit kase={kase} locked={false} onSaved={onSaved} />
      </Providers>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Endre saka" }));
    fireEvent.input(screen.getByLabelText("Sakskode"), { target: { value: "Sak-M" } });
    fireEvent.click(screen.getByRole("button", { name: "Lagre" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(update).toHaveBeenCalledWith("c1", { code: "Sak-M", district: "Heimdal", unit: "Skule" });
  });

  it("asks before deleting and does nothing when cancelled", () => {
    const del = vi.spyOn(Api, "deleteCase").mockResolvedValue(undefined);
    const ask = vi.fn(() => false);
    vi.stubGlobal("confirm", ask);
    render(
      <Providers lang="nn">
        <CaseEdit kase={kase} locked={false} onSaved={() => {}} />
      </Providers>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Slett saka" }));
    expect(ask).toHaveBeenCalledWith(expect.stringContaining("Slette saka Sak-N"));
    expect(del).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  it("explains the server's refusal while a round is open", async () => {
    vi.spyOn(Api, "deleteCase").mockRejectedValue(new RequestError(409, "round_open", "open"));
    vi.stubGlobal("confirm", () => true);
    render(
      <Providers lang="nn">
        <CaseEdit kase={kase} locked onSaved={() => {}} />
      </Providers>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Slett saka" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("kan ikkje slettast medan ein runde er open"));
    vi.unstubAllGlobals();
  });
});

describe("round page (nynorsk)", () => {
  it("shows the closing date", async () => {
    const round: Round = {
      id: "r1", caseId: "c1", name: "Haust", instrumentId: "rc7", instrumentVersion: "1", status: "open", source: "survey",
      closesAt: "2099-12-12T22:59:00.000Z", createdAt: "2025-01-01T00:00:00Z", openedAt: "2025-01-02T00:00:00Z", closedAt: null,
    };
    vi.spyOn(Api, "getRound").mockResolvedValue(round);
    vi.spyOn(Api, "getCase").mockResolvedValue(kase);
    vi.spyOn(Api, "members").mockResolvedValue([]);
    vi.spyOn(Api, "mailInfo").mockResolvedValue({ enabled: false, reminders: { max: 3, minHours: 24 } });
    vi.spyOn(Api, "status").mockResolvedValue({ roundId: "r1", status: "open", responseRate: 0, members: [], child: null, counts: { not_opened: 0, opened: 0, draft: 0, submitted: 0 }, mail: { enabled: false, withAddress: 0 } });
    render(
      <Providers lang="nn">
        <RoundView id="r1" />
      </Providers>,
    );
    await waitFor(() => expect(screen.getByTestId("round-dates").textContent).toMatch(/^Stengjer 1[23]\. desember 2099$/));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toContain("Haust");
  });
});
