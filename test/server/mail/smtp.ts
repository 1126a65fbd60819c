// A real SMTP server inside the test (smtp-server on a free port): keeps every message, decoded with mailparser, and can refuse recipients.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { createSmtpMailer, type Mailer, type SmtpTimeouts } from "../../../server/mail/transport.ts";

/** A received message: the envelope recipient and the parsed mail (text and HTML decoded from quoted-printable). */
export interface Received {
  to: string;
  mail: ParsedMail;
  /** The raw message as it came over the wire. */
  raw: string;
}

export interface TestSmtp {
  port: number;
  url: string;
  received: Received[];
  /** Recipients the server answers `550 5.1.1 <address>: Recipient address rejected: User unknown`. */
  reject: Set<string>;
  /** A Mailer sending to this server as `Laget <laget@kommune.test>`. */
  mailer(timeouts?: SmtpTimeouts): Mailer;
  close(): Promise<void>;
}

const FROM = "Laget <laget@kommune.test>";

/** Starts the server on 127.0.0.1 and a port the OS picks. */
export async function startSmtp(): Promise<TestSmtp> {
  const received: Received[] = [];
  const reject = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (reject.has(address.address.toLowerCase())) {
        const err = Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected: User unknown`), { responseCode: 550 });
        return callback(err);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        simpleParser(raw)
          .then((mail) => {
            for (const rcpt of session.envelope.rcptTo) received.push({ to: rcpt.address, mail, raw });
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  const url = `smtp://127.0.0.1:${port}`;
  return {
    port,
    url,
    received,
    reject,
    mailer: (timeouts) => createSmtpMailer({ url, from: FROM }, timeouts),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The URL of a port where nothing listens (a mail server that is down). */
export async function downSmtpUrl(): Promise<string> {
  const smtp = await startSmtp();
  await smtp.close();
  return smtp.url;
}
