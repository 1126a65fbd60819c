// Round status helpers: what changed between two fetches, and which seats can get a card again.
import { describe, expect, it } from "vitest";
import type { RoundStatusView } from "../../domain/index.ts";
import { CHILD_SEAT_ID } from "../../domain/seats.ts";
import { pendingSeats, statusChanges, type StatusRow } from "../../client/views/round/status-model.ts";

const row = (id: string, state: StatusRow["state"]): StatusRow => ({ id, role: "PPT", name: id, form: "team", state });
const NO_MAIL = { hasEmail: false, last: null, reminders: 0, reminder: "allowed", nextReminderAt: null } as const;
const member = (memberId: string, state: RoundStatusView["members"][number]["state"]) =>
  ({ memberId, role: "PPT", label: "", form: "team", state, hasLink: true, updatedAt: null, mail: NO_MAIL }) as const;
const report = (members: ReturnType<typeof member>[], child: RoundStatusView["child"] = null): RoundStatusView => ({
  roundId: "r1", status: "open", members: [...members], child, counts: { not_opened: 0, opened: 0, draft: 0, submitted: 0 }, responseRate: 0, mail: { enabled: false, withAddress: 0 },
});

describe("statusChanges", () => {
  it("lists the rows whose state moved, and rows that are new; unchanged rows stay out", () => {
    const before = [row("a", "not_opened"), row("b", "draft"), row("c", "opened")];
    const after = [row("a", "submitted"), row("b", "draft"), row("c", "opened"), row("d", "not_opened")];
    expect(statusChanges(before, after).map((r) => `${r.id}:${r.state}`)).toEqual(["a:submitted", "d:not_opened"]);
    expect(statusChanges(after, after)).toEqual([]);
  });
});

describe("pendingSeats", () => {
  it("names every seat that has not submitted (drafts and unopened links), and the child's seat only when the round has one", () => {
    const status = report([member("a", "submitted"), member("b", "draft"), member("c", "not_opened"), member("d", "opened")], { state: "draft", updatedAt: null });
    expect(pendingSeats({ child: { include: true, version: "8-12" } }, status)).toEqual(["b", "c", "d", CHILD_SEAT_ID]);
    expect(pendingSeats({ child: { include: false, version: "8-12" } }, status)).toEqual(["b", "c", "d"]);
    expect(pendingSeats({ child: { include: true, version: "8-12" } }, report([member("a", "submitted")], { state: "submitted", updatedAt: null }))).toEqual([]);
  });
});
