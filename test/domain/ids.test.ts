// Names at the door: NFC, no control/bidi/zero-width characters, length caps; national ids however written, by their check digits.
import { describe, expect, it } from "vitest";
import { CaseInput, MemberInput, RoundInput, SafeLabel, containsNationalId, isNationalIdNumber, Case, Member } from "../../domain/index.ts";
import { broken, fnr } from "./fnr.ts";

const fullWidth = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

describe("national id detection", () => {
  const plain = fnr("010190");
  const dNumber = fnr("410190"); // D-number: day + 40
  const hNumber = fnr("015190"); // H-number: month + 40
  const late = fnr("311299", 500);

  it("the test's own numbers have valid check digits and a broken one does not", () => {
    for (const id of [plain, dNumber, hNumber, late]) expect(isNationalIdNumber(id)).toBe(true);
    for (const id of [plain, dNumber, hNumber, late]) expect(isNationalIdNumber(broken(id))).toBe(false);
  });

  it.each([
    ["11 digits in a row", (id: string) => id],
    ["a dash after the birth date", (id: string) => `${id.slice(0, 6)}-${id.slice(6)}`],
    ["a space after the birth date", (id: string) => `${id.slice(0, 6)} ${id.slice(6)}`],
    ["dots in the date and a space", (id: string) => `${id.slice(0, 2)}.${id.slice(2, 4)}.${id.slice(4, 6)} ${id.slice(6)}`],
    ["groups of three", (id: string) => `${id.slice(0, 3)} ${id.slice(3, 6)} ${id.slice(6, 9)} ${id.slice(9)}`],
    ["an en dash with spaces", (id: string) => `${id.slice(0, 6)} – ${id.slice(6)}`],
    ["a non-breaking space", (id: string) => `${id.slice(0, 6)}\u00A0${id.slice(6)}`],
    ["full-width digits", (id: string) => fullWidth(id)],
    ["inside a sentence", (id: string) => `Barnet (f.nr ${id.slice(0, 6)}-${id.slice(6)}) går i 3. klasse`],
    ["after other digits", (id: string) => `99${id}`],
  ])("catches %s", (_name, write) => {
    for (const id of [plain, dNumber, hNumber]) expect(containsNationalId(write(id))).toBe(true);
  });

  it("lets ordinary numbers through: wrong check digits, impossible dates, phone numbers, short codes", () => {
    for (const text of [broken(plain), `${broken(plain).slice(0, 6)}-${broken(plain).slice(6)}`, "12345678901", "99999999999", "+47 22 33 44 55", "Sak 2025-07", "0101901234", "Runde 1, 2025"]) {
      expect(containsNationalId(text), text).toBe(false);
    }
  });
});

describe("names at the door", () => {
  it("normalises to NFC and trims", () => {
    expect(CaseInput.parse({ code: "Sak-A\u030A", district: " Heimdal ", unit: "Byåsen" })).toEqual({ code: "Sak-Å", district: "Heimdal", unit: "Byåsen" });
    expect(MemberInput.parse({ role: "PPT", label: "A\u030Ase" }).label).toBe("Åse");
  });

  it.each([
    ["a right-to-left override", "Kari\u202Etxt.exe", /text-direction control characters \(U\+202E at position 5\)/],
    ["a zero-width space", "Ka\u200Bri", /invisible zero-width characters \(U\+200B at position 3\)/],
    ["a byte-order mark inside", "Ka\uFEFFri", /zero-width/],
    ["a line break", "Kari\nPPT", /one line, without tabs or line breaks \(U\+000A/],
    ["a NUL", "Ka\u0000ri", /control or invisible characters \(U\+0000/],
    ["a soft hyphen", "Ka\u00ADri", /control or invisible characters \(U\+00AD/],
  ])("refuses %s with a clear message, in every name field", (_name, text, message) => {
    const issue = (r: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) => r.error?.issues[0];
    expect(issue(MemberInput.safeParse({ role: "PPT", label: text }))?.message).toMatch(message);
    expect(issue(CaseInput.safeParse({ code: "Sak-1", district: text }))).toMatchObject({ path: ["district"] });
    expect(issue(CaseInput.safeParse({ code: "Sak-1", district: "Heimdal", unit: text }))).toMatchObject({ path: ["unit"] });
    expect(issue(RoundInput.safeParse({ name: text }))).toMatchObject({ path: ["name"] });
  });

  it("refuses a national id in any name field, and keeps the length caps", () => {
    const id = fnr("241286");
    expect(MemberInput.safeParse({ role: "PPT", label: `${id.slice(0, 6)}-${id.slice(6)}` }).success).toBe(false);
    expect(RoundInput.safeParse({ name: `Høst ${fullWidth(id)}` }).success).toBe(false);
    expect(CaseInput.safeParse({ code: broken(id), district: "Heimdal" }).success).toBe(true);
    expect(SafeLabel(5).safeParse("abcdef").success).toBe(false);
    expect(MemberInput.safeParse({ role: "PPT", label: "x".repeat(41) }).success).toBe(false);
  });

  it("stored documents written under the older rules still load (names are checked when they come in)", () => {
    const old = { id: "c1", code: "Sak-1", district: "Heim\u200Bdal", unit: "010190-12480", createdAt: "2025-01-01T00:00:00.000Z" };
    expect(Case.parse(old).district).toBe("Heim\u200Bdal");
    expect(Member.parse({ id: "m1", caseId: "c1", role: "PPT", label: "Ka\u202Eri" }).label).toBe("Ka\u202Eri");
  });
});
