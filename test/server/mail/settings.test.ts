// SMTP_URL and MAIL_FROM: both set = mail on, neither = off, one alone or a bad value = a clear message naming the variable.
import { describe, expect, it } from "vitest";
import { MailSettingsError, readMailSettings, smtpServerName } from "../../../server/mail/settings.ts";

describe("readMailSettings", () => {
  it("is off when neither is set (blank counts as unset)", () => {
    expect(readMailSettings({})).toBeUndefined();
    expect(readMailSettings({ SMTP_URL: " ", MAIL_FROM: "" })).toBeUndefined();
  });

  it("reads smtp:// and smtps:// URLs and a sender with or without a name", () => {
    expect(readMailSettings({ SMTP_URL: "smtp://smtp.kommune.no:587", MAIL_FROM: "laget@kommune.no" })).toEqual({
      url: "smtp://smtp.kommune.no:587", from: "laget@kommune.no", fromAddress: "laget@kommune.no",
    });
    const s = readMailSettings({ SMTP_URL: "smtps://laget:hemmelig%40ord@smtp.kommune.no", MAIL_FROM: "Laget – Trondheim kommune <Laget@Kommune.no>" })!;
    expect(s.fromAddress).toBe("laget@kommune.no");
    expect(s.from).toBe("Laget – Trondheim kommune <Laget@Kommune.no>");
    expect(smtpServerName(s.url)).toBe("smtp.kommune.no:465"); // never the user or password
    expect(smtpServerName("smtp://relay.kommune.no")).toBe("relay.kommune.no:587");
  });

  it.each([
    [{ SMTP_URL: "smtp://x.no" }, /SMTP_URL is set but MAIL_FROM is not/],
    [{ MAIL_FROM: "a@b.no" }, /MAIL_FROM is set but SMTP_URL is not/],
    [{ SMTP_URL: "https://smtp.kommune.no", MAIL_FROM: "a@b.no" }, /SMTP_URL must start with smtp:\/\/ or smtps:\/\//],
    [{ SMTP_URL: "smtp.kommune.no:587", MAIL_FROM: "a@b.no" }, /SMTP_URL/],
    [{ SMTP_URL: "not a url", MAIL_FROM: "a@b.no" }, /SMTP_URL is not a URL/],
    [{ SMTP_URL: "smtp://x.no/path", MAIL_FROM: "a@b.no" }, /must not have a path/],
    [{ SMTP_URL: "smtp://x.no", MAIL_FROM: "Laget" }, /MAIL_FROM must be one e-mail address/],
    [{ SMTP_URL: "smtp://x.no", MAIL_FROM: "a@b.no, c@d.no" }, /MAIL_FROM must be one e-mail address/],
  ])("refuses %j", (env, message) => {
    expect(() => readMailSettings(env)).toThrow(MailSettingsError);
    expect(() => readMailSettings(env)).toThrow(message);
  });

  it("never repeats the password of a bad SMTP_URL", () => {
    try {
      readMailSettings({ SMTP_URL: "ftp://laget:topphemmelig@x.no", MAIL_FROM: "a@b.no" });
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).not.toContain("topphemmelig");
    }
  });
});
