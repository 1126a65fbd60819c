// @vitest-environment happy-dom
// "Familiens opplevelse" band in the meeting view: per theme family (and child) beside the team's own mean, hidden values, one-person note.
import { cleanup, render, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { familyBand } from "../../analysis/voices/index.ts";
import type { RoundVoices } from "../../domain/index.ts";
import { VoicesBand } from "../../client/views/voices/VoicesBand.tsx";
import { MeetingView } from "../../client/views/meeting/MeetingView.tsx";
import { DEFAULT_SETTINGS } from "../../client/views/meeting/settings.ts";
import { case3Analysis, Providers } from "./fixtures.tsx";

afterEach(cleanup);

// One parent (p) answers "tellOnce" 2 and "listened" 4 about all helpers; the team rates "accurate" 4 and 5 about each other.
const band = familyBand({
  themeOf: { family: { f1: "tellOnce", f2: "listened" }, child: {} },
  voices: [{ respondent: "p", kind: "family", ratings: [{ target: "_team", item: "f1", value: 2 }, { target: "_team", item: "f2", value: 4 }, { target: "t", item: "f2", value: 3 }] }],
  team: [
    { rater: "t", target: "s", item: "accurate", value: 4 },
    { rater: "s", target: "t", item: "accurate", value: 5 },
    { rater: "s", target: "p", item: "accurate", value: 2 },
  ],
  members: [{ id: "t", role: "SKLær", family: false }, { id: "s", role: "PPT", family: false }, { id: "p", role: "FORÆ", family: true }],
  childIncluded: false,
});
const family = { id: "family", version: "1.0.0" };
const voices: RoundVoices = {
  roundId: "r",
  family: { include: true, instrument: family },
  child: { include: false, version: "8-12", instrument: { id: "child-8-12", version: null } },
  childState: null,
  band,
};

describe("VoicesBand", () => {
  it("shows the family's experience per theme beside the team's own mean, with care for one respondent", () => {
    render(
      <Providers>
        <VoicesBand voices={voices} />
      </Providers>,
    );
    const section = screen.getByTestId("family-band");
    expect(within(section).getByRole("heading", { name: "Familiens opplevelse" })).toBeTruthy();
    expect(section.textContent).toContain("Svar fra familien: 1");
    expect(section.textContent).toContain("Svarene kommer fra én person");
    // One parent: no theme shows that parent's answers, only all of them together: (2 + 4 + 3) / 3 = 3.
    const row = within(section).getByRole("row", { name: /Slipper å gjenta historien/ });
    const cells = within(row).getAllByRole("cell").map((c) => c.textContent);
    expect(cells).toEqual(["for få svar", "4,5", "2,0"]); // family · team about each other · team about the family
    expect(screen.getByTestId("family-overall").textContent).toBe("Alle svarene samlet: Familien 3,0");
    expect(section.textContent).toContain("Et tema vises bare når minst 2 har svart på det");
    const who = within(section).getByRole("row", { name: /Vet hvem de kan spørre/ });
    expect(within(who).getAllByRole("cell").map((c) => c.textContent)).toEqual(["ingen svar", "ikke spurt", "ikke spurt"]);
    expect(within(section).queryByRole("columnheader", { name: "Barnet" })).toBeNull();
    // One parent's view of one role is never shown.
    expect(section.textContent).toContain("Lærer: for få svar");
  });

  it("sits in the meeting view as its own band, and not at all when the round has no family form", () => {
    const props = { analysis: case3Analysis(), settings: DEFAULT_SETTINGS, onSettings: () => {}, items: [], perItem: false, layoutKey: "t", presenting: false, onPresent: () => {}, onPrint: () => {} };
    const { unmount } = render(
      <Providers>
        <MeetingView {...props} voices={voices} />
      </Providers>,
    );
    expect(screen.getByTestId("family-band")).toBeTruthy();
    expect(screen.getByTestId("matrix").textContent).not.toContain("Familien");
    unmount();
    render(
      <Providers>
        <MeetingView {...props} voices={{ ...voices, family: { include: false, instrument: family } }} />
      </Providers>,
    );
    expect(screen.queryByTestId("family-band")).toBeNull();
  });
});
