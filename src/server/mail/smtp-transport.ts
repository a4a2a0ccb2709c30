import { createTransport } from "nodemailer";

/** One mail as the outbox hands it to SMTP. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** `<…@…>`, derived from the idempotency key: the same mail always carries the same id. */
  messageId: string;
  idempotencyKey: string;
}

/** Something that hands a mail to a mail server; answers once the server accepted it. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * A nodemailer SMTP transport for `SMTP_URL` (`smtp://user:pass@host:587`, `smtps://…:465`).
 * Timeouts are short, so one send always ends well within the outbox's claim on the mail.
 *
 * @example
 * const transport = smtpTransport({ url: process.env.SMTP_URL, from: "Pathways <pathways@example.com>" });
 */
export function smtpTransport(options: { url: string; from: string }): MailTransport {
  const transporter = createTransport({
    url: options.url,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    async send(mail) {
      await transporter.sendMail({
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: { "X-Pathways-Idempotency-Key": mail.idempotencyKey },
      });
    },
    close: () => transporter.close(),
  };
}
