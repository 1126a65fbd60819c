// Sending one message over SMTP with nodemailer: short timeouts, and the server's answer as a value, never a throw.
import { createTransport } from "nodemailer";
import type { MailSettings } from "./settings.ts";

/** One composed message to one recipient. */
export interface OutgoingMail {
  to: string;
  /** The person who asked (the facilitator's own address), so a reply reaches them; optional. */
  replyTo?: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * What the mail server said. `accepted`: it took the message (delivery to the mailbox is its job from here).
 * `failed` with `unreachable`: the server could not be reached or the session broke before the message was
 * judged (connection refused, timeout, TLS, login), so the next message would fail the same way; without it,
 * the server refused this message or recipient (a 4xx/5xx answer to RCPT TO or DATA).
 */
export type SendOutcome = { status: "accepted"; response: string } | { status: "failed"; response: string; unreachable: boolean };

/** Sends mail; only server/index.ts (from SMTP_URL and MAIL_FROM) and the tests build one. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<SendOutcome>;
  close(): void;
}

/** How long to wait for the mail server, in milliseconds. */
export interface SmtpTimeouts {
  connection: number;
  greeting: number;
  socket: number;
}

export const DEFAULT_SMTP_TIMEOUTS: SmtpTimeouts = { connection: 10_000, greeting: 10_000, socket: 30_000 };

/** Errors about the message or its recipient; every other error is about reaching the server. */
const PER_MESSAGE = new Set(["EENVELOPE", "EMESSAGE"]);

interface SmtpError {
  code?: string;
  response?: string;
  message?: string;
}

/** The server's own answer when there is one, else the error's message (e.g. `connect ECONNREFUSED 127.0.0.1:2525`). */
function failure(err: unknown): SendOutcome {
  const e = (err ?? {}) as SmtpError;
  const response = (e.response || e.message || String(err)).replace(/\s+/g, " ").trim().slice(0, 500);
  return { status: "failed", response, unreachable: !PER_MESSAGE.has(e.code ?? "") };
}

/** A Mailer over SMTP_URL as MAIL_FROM; one connection per message (a round sends a few dozen at most). */
export function createSmtpMailer(settings: Pick<MailSettings, "url" | "from">, timeouts: SmtpTimeouts = DEFAULT_SMTP_TIMEOUTS): Mailer {
  const transport = createTransport({
    url: settings.url,
    connectionTimeout: timeouts.connection,
    greetingTimeout: timeouts.greeting,
    socketTimeout: timeouts.socket,
    dnsTimeout: timeouts.connection,
    // nodemailer logs nothing unless asked; the message (with its personal link) must never reach a log.
    logger: false,
    debug: false,
  });
  return {
    async send(mail) {
      try {
        const info = await transport.sendMail({ from: settings.from, ...mail, disableFileAccess: true, disableUrlAccess: true });
        if (info.rejected.length > 0) return { status: "failed", response: info.response.slice(0, 500), unreachable: false };
        return { status: "accepted", response: info.response.replace(/\s+/g, " ").trim().slice(0, 500) };
      } catch (err) {
        return failure(err);
      }
    },
    close: () => transport.close(),
  };
}
