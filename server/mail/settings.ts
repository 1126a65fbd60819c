// Mail settings from the environment (SMTP_URL, MAIL_FROM), validated once at start-up; both unset = mail off.
import addressparser from "nodemailer/lib/addressparser";
import { Email } from "../../domain/index.ts";

/** Where and as whom Laget sends mail; built by readMailSettings, turned into a Mailer by createSmtpMailer. */
export interface MailSettings {
  /** `smtp://[user:password@]host[:port]` (STARTTLS when the server offers it) or `smtps://…` (TLS from the start, port 465). */
  url: string;
  /** The sender: an address, or `Name <address>`. */
  from: string;
  /** The sender's address alone (for the start-up line). */
  fromAddress: string;
}

/** A setting that cannot work: the message names the variable and never repeats a password. */
export class MailSettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MailSettingsError";
  }
}

/** The SMTP URL's server as `host:port` (never its user or password). */
export function smtpServerName(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || (u.protocol === "smtps:" ? "465" : "587")}`;
}

/** SMTP_URL: smtp: or smtps:, a host, no path; the password (if any) stays inside. */
function readUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new MailSettingsError("SMTP_URL is not a URL (e.g. smtp://smtp.kommune.no:587 or smtps://user:password@smtp.kommune.no:465)");
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") throw new MailSettingsError(`SMTP_URL must start with smtp:// or smtps://, got ${url.protocol}//`);
  if (!url.hostname) throw new MailSettingsError("SMTP_URL names no mail server");
  if (url.pathname && url.pathname !== "/") throw new MailSettingsError("SMTP_URL must not have a path (put options after ?)");
  return url.toString();
}

/** MAIL_FROM: one mailbox, `laget@kommune.no` or `Laget <laget@kommune.no>`. */
function readFrom(raw: string): { from: string; fromAddress: string } {
  const parsed = addressparser(raw.trim(), { flatten: true });
  const address = parsed.length === 1 ? Email.safeParse(parsed[0].address) : undefined;
  if (!address?.success) throw new MailSettingsError(`MAIL_FROM must be one e-mail address, e.g. "Laget <laget@kommune.no>", got "${raw}"`);
  return { from: raw.trim(), fromAddress: address.data };
}

/** Both set: mail on; both unset: off (undefined); only one set: an error naming the other. */
export function readMailSettings(env: Record<string, string | undefined>): MailSettings | undefined {
  const url = env.SMTP_URL?.trim() || undefined;
  const from = env.MAIL_FROM?.trim() || undefined;
  if (!url && !from) return undefined;
  if (!url) throw new MailSettingsError("MAIL_FROM is set but SMTP_URL is not: set both to send mail, or neither");
  if (!from) throw new MailSettingsError("SMTP_URL is set but MAIL_FROM is not: set both to send mail, or neither");
  return { url: readUrl(url), ...readFrom(from) };
}
