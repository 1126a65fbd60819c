// @vitest-environment happy-dom
// A round's language and display setting in the workspace: chosen when the round is created, sent with it, and told in the meeting view.
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { analyze } from "../../analysis/analyze.ts";
import { Api } from "../../client/api/endpoints.ts";
import { RoundsPanel } from "../../client/views/cases/RoundsPanel.tsx";
import { DisplayNote } from "../../client/views/meeting/DisplayNote.tsx";
import type { Round } from "../../domain/index.ts";
import { Providers } from "./fixtures.tsx";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const round = (over: Partial<Round>): Round => ({
  id: "r1", caseId: "c1", name: "Høst", instrumentId: "rc7", instrumentVersion: "2.0.0", closesAt: null, status: "open", source: "survey",
  createdAt: "2025-01-01T00:00:00.000Z", openedAt: "2025-01-02T00:00:00.000Z", closedAt: null, ...over,
});

describe("the round-creation form", () => {
  it("offers the form's language (bokmål) and what the team sees (with direction) before the round opens, and sends both", async () => {
    const create = vi.spyOn(Api, "createRound").mockResolvedValue(round({ status: "draft" }));
    render(
      <Providers>
        <RoundsPanel caseId="c1" rounds={[]} hasMembers hasFamilySeat onChange={() => {}} />
      </Providers>,
    );
    fireEvent.click(screen.getByText("Ny runde"));
    fireEvent.input(screen.getByLabelText("Navn på runden"), { target: { value: "Vår" } });
    const language = screen.getByLabelText("Språket skjemaet åpnes på") as HTMLSelectElement;
    expect(language.value).toBe("nb");
    expect([...language.options].map((o) => o.textContent)).toEqual(["Bokmål", "Nynorsk", "English"]);
    const display = screen.getByRole("group", { name: "Hva teamet ser i møtet" });
    const radios = within(display).getAllByRole("radio") as HTMLInputElement[];
    expect(radios.map((r) => [r.value, r.checked])).toEqual([["direction", true], ["pairs", false], ["min2", false]]);
    expect(display.textContent).toContain("Når en rolle er én person, ser teamet hvem som sa hva.");
    fireEvent.change(language, { target: { value: "nn" } });
    fireEvent.click(within(display).getByRole("radio", { name: "Bare par" }));
    fireEvent.click(screen.getByRole("button", { name: "Opprett runde" }));
    await waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.calls[0][1]).toMatchObject({ name: "Vår", language: "nn", display: "pairs" });
  });

  it("lists a round's display setting and language when they are not the defaults", () => {
    render(
      <Providers>
        <RoundsPanel caseId="c1" rounds={[round({ display: "min2", language: "en" }), round({ id: "r2", name: "Vår" })]} hasMembers={false} hasFamilySeat={false} onChange={() => {}} />
      </Providers>,
    );
    const items = screen.getAllByRole("listitem");
    expect(items[0].textContent).toContain("Minst to bak hvert tall");
    expect(items[0].textContent).toContain("English");
    expect(items[1].textContent).not.toMatch(/Bare par|Minst to|English|Bokmål/);
  });
});

describe("the meeting view's display note", () => {
  const nodes = ["a", "b", "c"].map((id) => ({ id, role: id, label: id }));
  const pairScores = [{ rater: "a", target: "b", score: 2 }, { rater: "b", target: "a", score: 5 }, { rater: "a", target: "c", score: 4 }];

  it("says what pairs-only and at-least-two leave out, and that the family is not shown", () => {
    const pairs = analyze({ nodes, pairScores }, { display: "pairs" });
    const { unmount } = render(
      <Providers>
        <DisplayNote analysis={{ ...pairs, display: { ...pairs.display!, hiddenMembers: 1 } }} />
      </Providers>,
    );
    const note = screen.getByTestId("display-note");
    expect(note.textContent).toContain("Denne runden viser bare par");
    expect(note.textContent).toContain("1 svar uten svar fra den andre i paret er ikke med.");
    expect(note.textContent).toContain("Familien er ikke med i oversikten");
    unmount();
    render(
      <Providers lang="nn">
        <DisplayNote analysis={analyze({ nodes, pairScores }, { display: "min2" })} />
      </Providers>,
    );
    expect(screen.getByTestId("display-note").textContent).toBe("Denne runda viser berre tal frå minst to personar: 3 tal frå éin person er skjulte.");
  });

  it("says nothing for a round that shows every direction and everyone", () => {
    render(
      <Providers>
        <DisplayNote analysis={analyze({ nodes, pairScores }, { display: "direction" })} />
      </Providers>,
    );
    expect(screen.queryByTestId("display-note")).toBeNull();
  });
});
