import type { Logger } from "pino";
import { queueCycleReminders } from "../../app/cycles/queue-cycle-reminders.ts";
import { queueCheckInReminders } from "../../app/mail/queue-check-in-reminders.ts";
import type { DatabaseHandle } from "../../storage/database.ts";
import { makePendingMailsDue } from "../../storage/queries/outbox-delivery.ts";
import { createOutboxWorker, type OutboxWorker } from "./outbox-worker.ts";
import type { MailSettings } from "./read-mail-settings.ts";
import { smtpTransport } from "./smtp-transport.ts";

/**
 * Starts the outbox worker of a server: SMTP when configured, else mails kept and logged; it also
 * queues check-in and cycle reminders now and then. On the
 * embedded database, whose one process owns the data directory, mails a killed process had
 * claimed are made due at once rather than after their claim runs out.
 *
 * @example
 * const outbox = await startOutbox({ database, settings, logger, publicUrl });
 * await outbox.stop();
 */
export async function startOutbox(options: {
  database: DatabaseHandle;
  settings: MailSettings;
  logger: Logger;
  publicUrl: string;
}): Promise<OutboxWorker> {
  const { database, settings, logger } = options;
  const periodic = async (now: Date) => {
    const queued = await queueCheckInReminders({
      db: database.db,
      now,
      publicUrl: options.publicUrl,
    });
    if (queued > 0) logger.info(`queued ${queued} check-in reminder mails`);
    const cycleReminders = await queueCycleReminders({
      db: database.db,
      now,
      publicUrl: options.publicUrl,
    });
    if (cycleReminders > 0) logger.info(`queued ${cycleReminders} cycle reminder mails`);
  };
  if (database.kind === "pglite") await makePendingMailsDue(database.db, new Date());
  const worker =
    settings.kind === "smtp"
      ? createOutboxWorker({
          db: database.db,
          transport: smtpTransport({ url: settings.url, from: settings.from }),
          from: settings.from,
          secrets: settings.password ? [settings.password] : [],
          logger,
          periodic,
        })
      : createOutboxWorker({ db: database.db, transport: null, from: "", logger, periodic });
  if (settings.kind === "keep") {
    logger.info("No SMTP_URL: mails are kept, their links logged and listed on the Outbox page.");
  }
  worker.start();
  return worker;
}
