// The workspace's national-id warning follows the server's rule: every common spelling, check digits decide.
import { describe, expect, it } from "vitest";
import { hasNationalId } from "../../client/views/cases/privacy.ts";

// 010190 100 followed by its two mod-11 check digits, worked out by hand from Skatteetaten's weights.
const VALID = "01019010046";

describe("hasNationalId (workspace)", () => {
  it("catches a valid number however it is written", () => {
    for (const s of [VALID, "010190-10046", "010190 100 46", "01.01.90 100 46", "０１０１９０１００４６"]) expect(hasNationalId(`Barn ${s}`), s).toBe(true);
  });
  it("lets ordinary 11-digit numbers through (check digits wrong)", () => {
    expect(hasNationalId("Saksnr 12345678901")).toBe(false);
    expect(hasNationalId("01019010047")).toBe(false);
  });
});
