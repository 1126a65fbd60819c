// The retention rule: calendar-month arithmetic and which moment starts a case's retention period.
import { describe, expect, it } from "vitest";
import { addMonths, erasureDate } from "../../domain/retention.ts";

describe("addMonths", () => {
  it("adds calendar months in UTC and clamps to the last day of a shorter month", () => {
    expect(addMonths("2024-01-15T10:00:00.000Z", 24)).toBe("2026-01-15T10:00:00.000Z");
    expect(addMonths("2024-01-31T08:30:00.000Z", 1)).toBe("2024-02-29T08:30:00.000Z"); // leap year
    expect(addMonths("2023-01-31T08:30:00.000Z", 1)).toBe("2023-02-28T08:30:00.000Z");
    expect(addMonths("2024-02-29T00:00:00.000Z", 12)).toBe("2025-02-28T00:00:00.000Z");
    expect(addMonths("2025-11-30T23:59:59.999Z", 3)).toBe("2026-02-28T23:59:59.999Z");
  });
});

describe("erasureDate", () => {
  const kase = { createdAt: "2023-03-01T00:00:00.000Z" };
  const closed = (createdAt: string, closedAt: string) => ({ status: "closed" as const, createdAt, closedAt });

  it("counts from the last round's closing", () => {
    const rounds = [closed("2023-03-02T00:00:00.000Z", "2023-05-01T12:00:00.000Z"), closed("2023-09-01T00:00:00.000Z", "2023-10-20T12:00:00.000Z")];
    expect(erasureDate(kase, rounds, 24)).toEqual({ since: "2023-10-20T12:00:00.000Z", erasesAt: "2025-10-20T12:00:00.000Z" });
  });

  it("counts from the case's creation when it has no rounds, and from a newer draft round's creation", () => {
    expect(erasureDate(kase, [], 6)).toEqual({ since: kase.createdAt, erasesAt: "2023-09-01T00:00:00.000Z" });
    const rounds = [closed("2023-03-02T00:00:00.000Z", "2023-05-01T00:00:00.000Z"), { status: "draft" as const, createdAt: "2023-06-01T00:00:00.000Z", closedAt: null }];
    expect(erasureDate(kase, rounds, 6)?.erasesAt).toBe("2023-12-01T00:00:00.000Z");
  });

  it("never erases a case with an open round, nor any case when retention is off", () => {
    expect(erasureDate(kase, [{ status: "open", createdAt: "2023-03-02T00:00:00.000Z", closedAt: null }], 24)).toBeNull();
    expect(erasureDate(kase, [closed("2023-03-02T00:00:00.000Z", "2023-05-01T00:00:00.000Z")], 0)).toBeNull();
  });
});
