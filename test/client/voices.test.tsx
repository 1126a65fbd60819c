// @vitest-environment happy-dom
// The family's and the child's voice in the workspace: round options, links ("Barnets lenke", "Familieskjema"), status.
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { useState } from "preact/hooks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Api } from "../../client/api/endpoints.ts";
import type { IssuedLink as PersonalLink, Member, Round, RoundStatusView as RoundStatusReport } from "../../domain/index.ts";
import type { VoiceChoice } from "../../client/views/voices/VoiceOptions.tsx";
import { LinksPanel } from "../../client/views/round/LinksPanel.tsx";
import { StatusPanel } from "../../client/views/round/StatusPanel.tsx";
import { NO_VOICES, VoiceOptions } from "../../client/views/voices/VoiceOptions.tsx";
import { Providers } from "./fixtures.tsx";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const members: Member[] = [
  { id: "m1", caseId: "c", role: "SKLær", label: "" },
  { id: "m2", caseId: "c", role: "PPT", label: "" },
  { id: "m3", caseId: "c", role: "FORÆ", label: "" },
];
const voicesOn: Pick<Round, "family" | "child"> = { family: { include: true }, child: { include: true, version: "8-12" } };
const links: PersonalLink[] = [
  ...members.map((m) => ({ memberId: m.id, role: m.role, label: "", url: `http://x/s/tok-${m.id}`, form: m.role === "FORÆ" ? ("family" as const) : ("team" as const) })),
  { memberId: "_child", role: "_child", label: "", url: "http://x/s/tok-child", form: "child" },
];

/** VoiceOptions with its own state, reporting every change. */
function Options({ onChange, hasFamilySeat = true }: { onChange: (v: VoiceChoice) => void; hasFamilySeat?: boolean }) {
  const [v, setV] = useState(NO_VOICES);
  return <VoiceOptions value={v} onChange={(n) => (setV(n), onChange(n))} hasFamilySeat={hasFamilySeat} />;
}

describe("VoiceOptions", () => {
  it("explains both choices, defaults to off and asks for the age version only when the child is included", () => {
    const changes: VoiceChoice[] = [];
    render(
      <Providers>
        <Options onChange={(v) => changes.push(v)} hasFamilySeat={false} />
      </Providers>,
    );
    const group = screen.getByRole("group", { name: "Familiens og barnets stemme" });
    const family = within(group).getByRole("checkbox", { name: "Ta med familiens stemme" }) as HTMLInputElement;
    const child = within(group).getByRole("checkbox", { name: "Ta med barnets stemme" }) as HTMLInputElement;
    expect([family.checked, child.checked]).toEqual([false, false]);
    expect(family.getAttribute("aria-describedby")).toBeTruthy();
    expect(group.textContent).toContain("familieskjema");
    expect(screen.queryByRole("group", { name: "Alderstrinn for barnets skjema" })).toBeNull();
    fireEvent.click(family);
    expect(group.textContent).toContain("Laget har ingen foreldre/foresatte ennå");
    fireEvent.click(child);
    const age = screen.getByRole("group", { name: "Alderstrinn for barnets skjema" });
    expect((within(age).getByRole("radio", { name: "8–12 år" }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(age).getByRole("radio", { name: "13–16 år" }));
    expect(changes.at(-1)).toEqual({ family: true, child: true, childVersion: "13-16" });
  });

  it("speaks English", () => {
    render(
      <Providers lang="en">
        <Options onChange={() => {}} />
      </Providers>,
    );
    expect(screen.getByRole("checkbox", { name: "Include the family's voice" })).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: "Include the child's voice" })).toBeTruthy();
  });
});

describe("LinksPanel", () => {
  const show = (lang: "nb" | "en", onReissue = (_: string) => {}) =>
    render(
      <Providers lang={lang}>
        <LinksPanel caseCode="K-1" round={voicesOn} links={links} members={members} canReissue onReissue={onReissue} />
      </Providers>,
    );

  it("names the child's link 'Barnets lenke' (never its id), marks the family form, and re-issues the child's link", () => {
    const reissued: string[] = [];
    vi.stubGlobal("confirm", () => true);
    const { container } = show("nb", (id) => reissued.push(id));
    expect(container.textContent).not.toContain("_child");
    const table = screen.getByTestId("links");
    const childRow = within(table).getByRole("row", { name: /Barnets lenke/ });
    expect(childRow.textContent).toContain("http://x/s/tok-child");
    expect(childRow.textContent).toContain("Barneskjema");
    expect(within(table).getByRole("row", { name: /Foreldre/ }).textContent).toContain("Familieskjema");
    expect(within(table).getByRole("row", { name: /Lærer/ }).textContent).not.toContain("Familieskjema");
    const cards = screen.getByTestId("card-sheet");
    expect(cards.querySelectorAll(".link-card")).toHaveLength(4);
    expect(cards.querySelector(".seat-child")?.textContent).toContain("Barnets lenke");
    expect(cards.querySelector(".seat-family")?.textContent).toContain("Familieskjema");
    fireEvent.click(within(childRow).getByRole("button", { name: "Ny lenke: Barnets lenke" }));
    expect(reissued).toEqual(["_child"]);
    vi.unstubAllGlobals();
  });

  it("keeps the child's row for re-issue after the links are gone, and speaks English", () => {
    render(
      <Providers lang="en">
        <LinksPanel caseCode="K-1" round={voicesOn} links={[]} members={members} canReissue onReissue={() => {}} />
      </Providers>,
    );
    const table = screen.getByTestId("links");
    expect(within(table).getByRole("row", { name: /The child's link/ })).toBeTruthy();
    expect(within(table).getByRole("row", { name: /Parents/ }).textContent).toContain("Family form");
    expect(screen.queryByTestId("card-sheet")).toBeNull();
  });
});

describe("StatusPanel", () => {
  it("shows family seats and the child, counts only the team in its rate, and shows a declined answer as answered", async () => {
    // The server's view: the rate counts team-form seats only (1 of 2 here), the child's state comes with it.
    const seat = (memberId: string, role: string, form: "team" | "family", state: "submitted" | "not_opened") =>
      ({ memberId, role, label: "", form, state, hasLink: true, updatedAt: null, mail: { hasEmail: false, last: null, reminders: 0, reminder: "allowed" as const, nextReminderAt: null } });
    const report: RoundStatusReport = {
      roundId: "r",
      status: "open",
      responseRate: 1 / 2,
      counts: { not_opened: 1, opened: 0, draft: 0, submitted: 2 },
      members: [
        seat("m1", "SKLær", "team", "submitted"),
        seat("m2", "PPT", "team", "not_opened"),
        // The parent declined: the server stores an empty submitted set and reports "submitted".
        seat("m3", "FORÆ", "family", "submitted"),
      ],
      child: { state: "submitted", updatedAt: null },
      mail: { enabled: false, withAddress: 0 },
    };
    vi.spyOn(Api, "mailInfo").mockResolvedValue({ enabled: false, reminders: { max: 3, minHours: 24 } });
    vi.spyOn(Api, "status").mockResolvedValue(report);
    render(
      <Providers>
        <StatusPanel round={{ id: "r", ...voicesOn }} live={false} />
      </Providers>,
    );
    const table = await waitFor(() => screen.getByTestId("status"));
    expect(screen.getByRole("status").textContent?.replace(/\s/g, " ")).toBe("Svarprosent i laget: 50 %");
    const parent = within(table).getByRole("row", { name: /Foreldre/ });
    expect(parent.textContent).toContain("svarer i familiens skjema");
    expect(parent.textContent).toContain("Har svart");
    const child = within(table).getByRole("row", { name: /Barnets lenke/ });
    expect(child.textContent).toContain("Har svart");
    expect(table.textContent).not.toMatch(/_child|vil ikke|avsl/i);
    expect(within(screen.getByRole("list")).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["PP-tjenesten"]);
  });
});
