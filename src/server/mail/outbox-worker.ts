import type { Logger } from "pino";
import { mailLink } from "../../app/mail/mail-link.ts";
import { defaultRetryPolicy, type RetryPolicy, retryDelay } from "../../app/mail/retry-delay.ts";
import type { Database } from "../../storage/database.ts";
import {
  type ClaimedMail,
  claimDueMails,
  type MailOutcome,
  markMail,
} from "../../storage/queries/outbox-delivery.ts";
import { loggableError } from "../loggable-error.ts";
import { messageId } from "./message-id.ts";
import { oneLineError } from "./one-line-error.ts";
import type { MailTransport } from "./smtp-transport.ts";

/** Options of {@link createOutboxWorker}. */
export interface OutboxWorkerOptions {
  db: Database;
  /** The SMTP transport; null keeps every mail for the Outbox page and logs its link. */
  transport: MailTransport | null;
  /** The From address (`PATHWAYS_MAIL_FROM`). */
  from: string;
  logger: Logger;
  /** Words to blank out of recorded errors, e.g. the SMTP password. */
  secrets?: readonly string[];
  now?: () => Date;
  random?: () => number;
  retry?: RetryPolicy;
  /** Mails claimed per round (default 10). */
  batchSize?: number;
  /** How long a claim keeps other workers off a mail (default 2 minutes, > one send's timeouts). */
  leaseMs?: number;
  /** How often the outbox is looked at (default 5 seconds). */
  pollMs?: number;
  /** Work done now and then, e.g. queuing check-in reminders; run at start and every `periodicMs`. */
  periodic?: (now: Date) => Promise<void>;
  /** Default 15 minutes. */
  periodicMs?: number;
}

/** What one round of the worker did. */
export interface OutboxRound {
  sent: number;
  kept: number;
  retried: number;
  failed: number;
}

/** The outbox worker: `start` polls until `stop`; `runOnce` sends what is due now (tests, start). */
export interface OutboxWorker {
  runOnce(): Promise<OutboxRound>;
  start(): void;
  /** Stops polling and waits for the round in flight, then closes the transport. */
  stop(): Promise<void>;
}

/**
 * The worker that sends the outbox. Each round claims a small batch of due mails (`FOR UPDATE
 * SKIP LOCKED`, committed at once), sends each one, and marks it right after the server accepted
 * it; a failure schedules the next attempt with backoff and jitter, and the last one fails the
 * mail. Without SMTP, mails are kept and their link logged.
 *
 * @example
 * const worker = createOutboxWorker({ db, transport: null, from: "pathways@localhost", logger });
 * worker.start();
 * await worker.stop();
 */
export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const retry = options.retry ?? defaultRetryPolicy;
  const batchSize = options.batchSize ?? 10;
  const leaseMs = options.leaseMs ?? 2 * 60_000;
  const pollMs = options.pollMs ?? 5_000;
  const periodicMs = options.periodicMs ?? 15 * 60_000;
  const { db, logger, transport } = options;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  let stopped = false;
  let lastPeriodic = Number.NEGATIVE_INFINITY;

  async function attempt(mail: ClaimedMail): Promise<MailOutcome> {
    if (!transport) {
      logger.info(
        { mail: mail.id, to: mail.toAddress, link: mailLink(mail.textBody) },
        `mail kept, no SMTP server configured: ${mail.subject}`,
      );
      return { status: "kept" };
    }
    try {
      await transport.send({
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.textBody,
        html: mail.htmlBody,
        messageId: messageId(mail.orgId, mail.idempotencyKey, options.from),
        idempotencyKey: mail.idempotencyKey,
      });
      return { status: "sent", at: now() };
    } catch (error) {
      const line = oneLineError(error, options.secrets ?? []);
      const wait = retryDelay(mail.attempts, retry, random());
      logger.warn({ mail: mail.id, attempt: mail.attempts }, `mail not sent: ${line}`);
      return wait === null
        ? { status: "failed", error: line }
        : { status: "retry", at: new Date(now().getTime() + wait), error: line };
    }
  }

  async function runOnce(): Promise<OutboxRound> {
    const round: OutboxRound = { sent: 0, kept: 0, retried: 0, failed: 0 };
    const at = now();
    const claimed = await claimDueMails(db, {
      now: at,
      limit: batchSize,
      leaseUntil: new Date(at.getTime() + leaseMs),
    });
    for (const mail of claimed) {
      const outcome = await attempt(mail);
      // Marked at once: the time between the server's acceptance and this write is the only
      // moment a crash can make the mail go out twice.
      const marked = await markMail(db, mail, outcome);
      if (!marked) {
        logger.warn({ mail: mail.id }, "mail claim ran out before it was marked");
      }
      round[outcome.status === "retry" ? "retried" : outcome.status] += 1;
    }
    return round;
  }

  async function tick(): Promise<void> {
    try {
      const at = now();
      if (options.periodic && at.getTime() - lastPeriodic >= periodicMs) {
        lastPeriodic = at.getTime();
        await options.periodic(at);
      }
      // A full batch means more may be due: keep going until a round comes back short.
      while (!stopped) {
        const round = await runOnce();
        if (round.sent + round.kept + round.retried + round.failed < batchSize) break;
      }
    } catch (error) {
      logger.warn(
        { err: loggableError(error) },
        "the outbox could not be read; trying again shortly",
      );
    }
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(() => {
        running = null;
        schedule();
      });
    }, pollMs);
  }

  return {
    runOnce,
    start() {
      stopped = false;
      running = tick().finally(() => {
        running = null;
        schedule();
      });
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      transport?.close();
    },
  };
}
