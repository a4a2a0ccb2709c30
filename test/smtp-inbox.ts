import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** A mail the test SMTP server accepted, parsed. */
export interface ReceivedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: ParsedMail["headers"];
}

/** A real SMTP server on 127.0.0.1 that keeps what it accepts. */
export interface SmtpInbox {
  /** `smtp://pathways:secret@127.0.0.1:<port>`: what `SMTP_URL` is set to. */
  url: string;
  port: number;
  /** The password in `url`, to check it never shows up anywhere. */
  password: string;
  received: ReceivedMail[];
  /** While true, every mail is refused with `451 try again later`. */
  refuse(refusing: boolean): void;
  /** Resolves once `count` mails were accepted (or rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

/**
 * Starts an `smtp-server` on a free port of 127.0.0.1 (or the given one) that parses every mail
 * with `mailparser`; plain SMTP with a password, no TLS.
 *
 * @example
 * const inbox = await startSmtpInbox();
 * const [mail] = await inbox.waitFor(1);
 * await inbox.close();
 */
export async function startSmtpInbox(options: { port?: number } = {}): Promise<SmtpInbox> {
  const password = "smtp-secret-4f2a";
  const received: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  let refusing = false;
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === "pathways" && auth.password === password) {
        callback(null, { user: "pathways" });
      } else callback(new Error("535 authentication failed"));
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          if (refusing) {
            const error = Object.assign(new Error("try again later"), { responseCode: 451 });
            callback(error);
            return;
          }
          received.push({
            to: [parsed.to ?? []]
              .flat()
              .flatMap((address) => address.value.map((v) => v.address ?? "")),
            from: parsed.from?.text ?? "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            messageId: parsed.messageId ?? "",
            headers: parsed.headers,
          });
          callback();
          for (const wake of waiters) wake();
        },
        (error: Error) => callback(error),
      );
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      const address = server.server.address();
      resolve(typeof address === "object" && address ? address.port : 0);
    });
  });
  return {
    url: `smtp://pathways:${password}@127.0.0.1:${port}`,
    port,
    password,
    received,
    refuse: (value) => {
      refusing = value;
    },
    waitFor(count, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (received.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(received);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`the SMTP server received ${received.length} of ${count} mails`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
