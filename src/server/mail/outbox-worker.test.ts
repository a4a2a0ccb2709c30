import { eq, sql } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createScratchPostgresDatabase,
  describeOnEachDatabase,
  seedOrganisation,
} from "../../../test/db.ts";
import { type SmtpInbox, startSmtpInbox } from "../../../test/smtp-inbox.ts";
import { layoutMail } from "../../app/mail/mail-layout.ts";
import type { Database } from "../../storage/database.ts";
import { openPostgres } from "../../storage/open-postgres.ts";
import { queueMail } from "../../storage/queries/outbox.ts";
import { outboxMails } from "../../storage/schema.ts";
import { createOutboxWorker } from "./outbox-worker.ts";
import { smtpTransport } from "./smtp-transport.ts";

const logger = pino({ level: "silent" });
const from = "Pathways <pathways@example.com>";
const link = "https://pathways.example.com/feedback/answer?token=abc&x=1";

// The database stamps a queued mail in microseconds and a JavaScript clock reads milliseconds: a
// mail queued in the same millisecond as a round would wait for the next one, so rounds look a
// moment ahead.
const aMomentLater = () => new Date(Date.now() + 1_000);

async function queueFeedbackMail(db: Database, orgId: string, key: string): Promise<void> {
  const bodies = layoutMail({
    organisationName: "Acme",
    greeting: "Hello Ava,",
    paragraphs: ["Ben asked for your feedback on their work."],
    action: { label: "Give feedback", url: link },
  });
  await queueMail(db, {
    orgId,
    idempotencyKey: key,
    kind: "feedback-request",
    toPersonId: null,
    toAddress: "ava@example.com",
    subject: "Ben asked for your feedback",
    ...bodies,
  });
}

async function rowsOf(db: Database) {
  return db.select().from(outboxMails).orderBy(outboxMails.idempotencyKey);
}

let inbox: SmtpInbox;
beforeAll(async () => {
  inbox = await startSmtpInbox();
});
afterAll(() => inbox.close());

describeOnEachDatabase("the outbox worker", (database) => {
  it("delivers a queued mail once, with its text, its HTML and its link", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    await queueFeedbackMail(db, organisation.id, "feedback:1");
    const before = inbox.received.length;
    const transport = smtpTransport({ url: inbox.url, from });
    const worker = createOutboxWorker({ db, transport, from, logger, now: aMomentLater });
    try {
      expect(await worker.runOnce()).toEqual({ sent: 1, kept: 0, retried: 0, failed: 0 });
      expect(await worker.runOnce()).toEqual({ sent: 0, kept: 0, retried: 0, failed: 0 });
    } finally {
      await worker.stop();
    }
    const mails = inbox.received.slice(before);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.to).toEqual(["ava@example.com"]);
    expect(mail?.from).toContain("pathways@example.com");
    expect(mail?.subject).toBe("Ben asked for your feedback");
    expect(mail?.text.split("\n")).toContain(link);
    expect(mail?.html).toContain(`href="${link.replace("&", "&amp;")}"`);
    expect(mail?.messageId).toMatch(/^<[0-9a-f]{40}@example\.com>$/);
    expect(mail?.headers.get("x-pathways-idempotency-key")).toBe("feedback:1");
    const [row] = await rowsOf(db);
    expect(row).toMatchObject({ status: "sent", attempts: 1, lastError: null });
    expect(row?.sentAt).toBeInstanceOf(Date);
  });

  it("retries a mail the SMTP server refused, with backoff, and delivers it once", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    await queueFeedbackMail(db, organisation.id, "feedback:2");
    let clock = new Date(Date.now() + 1_000);
    const before = inbox.received.length;
    const worker = createOutboxWorker({
      db,
      transport: smtpTransport({ url: inbox.url, from }),
      from,
      logger,
      secrets: [inbox.password],
      now: () => clock,
      random: () => 0.5,
    });
    try {
      inbox.refuse(true);
      expect(await worker.runOnce()).toMatchObject({ retried: 1, sent: 0 });
      const [waiting] = await rowsOf(db);
      expect(waiting).toMatchObject({ status: "pending", attempts: 1 });
      expect(waiting?.lastError).toMatch(/451/);
      expect(waiting?.lastError).not.toContain(inbox.password);
      expect(waiting?.lastError).not.toContain("\n");
      // 30 s backoff, jittered to three quarters: not due 20 s later, due 25 s later.
      expect(waiting?.nextAttemptAt.getTime()).toBe(clock.getTime() + 22_500);
      inbox.refuse(false);
      clock = new Date(clock.getTime() + 20_000);
      expect(await worker.runOnce()).toMatchObject({ sent: 0, retried: 0 });
      clock = new Date(clock.getTime() + 5_000);
      expect(await worker.runOnce()).toMatchObject({ sent: 1 });
    } finally {
      inbox.refuse(false);
      await worker.stop();
    }
    expect(inbox.received.slice(before)).toHaveLength(1);
    expect(await rowsOf(db)).toMatchObject([{ status: "sent", attempts: 2 }]);
  });

  it("fails a mail after its last attempt, keeping the reason", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    await queueFeedbackMail(db, organisation.id, "feedback:3");
    let clock = new Date(Date.now() + 1_000);
    const worker = createOutboxWorker({
      db,
      transport: smtpTransport({ url: inbox.url, from }),
      from,
      logger,
      now: () => clock,
      retry: { baseMs: 1_000, maxMs: 1_000, maxAttempts: 2 },
    });
    try {
      inbox.refuse(true);
      expect(await worker.runOnce()).toMatchObject({ retried: 1 });
      clock = new Date(clock.getTime() + 1_000);
      expect(await worker.runOnce()).toMatchObject({ failed: 1 });
    } finally {
      inbox.refuse(false);
      await worker.stop();
    }
    const [row] = await rowsOf(db);
    expect(row).toMatchObject({ status: "failed", attempts: 2 });
    expect(row?.lastError).toMatch(/451/);
  });

  it("keeps mails and logs their link when no SMTP server is configured", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    await queueFeedbackMail(db, organisation.id, "feedback:4");
    const lines: string[] = [];
    const recording = pino({ level: "info" }, { write: (line: string) => lines.push(line) });
    const worker = createOutboxWorker({
      db,
      transport: null,
      from: "",
      logger: recording,
      now: aMomentLater,
    });
    expect(await worker.runOnce()).toMatchObject({ kept: 1 });
    await worker.stop();
    expect(await rowsOf(db)).toMatchObject([{ status: "kept", sentAt: null }]);
    const kept = lines.map((line) => JSON.parse(line)).find((entry) => entry.link);
    expect(kept).toMatchObject({ link, to: "ava@example.com" });
    expect(kept.msg).toContain("Ben asked for your feedback");
  });

  it("logs a failed round by its cause in one line, without the values its statement carried", async () => {
    const { db } = database();
    const lines: string[] = [];
    const recording = pino({ level: "info" }, { write: (line: string) => lines.push(line) });
    const worker = createOutboxWorker({
      db,
      transport: null,
      from: "",
      logger: recording,
      // A statement that fails with its parameter in the database's message.
      periodic: async () => {
        await db.execute(sql`select ${"ava@example.com"}::int`);
      },
    });
    worker.start();
    await worker.stop();
    const warning = lines.map((line) => JSON.parse(line)).find((entry) => entry.err);
    expect(warning?.msg).toBe("the outbox could not be read; trying again shortly");
    expect(warning?.err.summary).toMatch(/\S/);
    expect(warning?.err.summary).not.toContain("\n");
    expect(lines.join("\n")).not.toContain("ava@example.com");
  });

  it("leaves a mail another worker claimed alone until its claim runs out", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    await queueFeedbackMail(db, organisation.id, "feedback:5");
    const clock = new Date(Date.now() + 1_000);
    const first = createOutboxWorker({ db, transport: null, from: "", logger, now: () => clock });
    // A claim is taken and never marked: the worker that took it died.
    await db
      .update(outboxMails)
      .set({ attempts: 1, nextAttemptAt: new Date(clock.getTime() + 120_000) })
      .where(eq(outboxMails.idempotencyKey, "feedback:5"));
    expect(await first.runOnce()).toMatchObject({ kept: 0 });
    await first.stop();
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)("two outbox workers on one PostgreSQL", () => {
  it("send each mail once", { timeout: 120_000 }, async () => {
    const scratch = await createScratchPostgresDatabase();
    const one = await openPostgres({ url: scratch.url, poolSize: 4 });
    const two = await openPostgres({ url: scratch.url, poolSize: 4 });
    try {
      const { organisation } = await seedOrganisation(one.db);
      const count = 40;
      for (let n = 0; n < count; n += 1) {
        await queueFeedbackMail(one.db, organisation.id, `feedback:many:${n}`);
      }
      const before = inbox.received.length;
      const workers = [one.db, two.db].map((db) =>
        createOutboxWorker({
          db,
          transport: smtpTransport({ url: inbox.url, from }),
          from,
          logger,
          batchSize: 3,
        }),
      );
      const drain = async (worker: (typeof workers)[number]) => {
        let sent = 0;
        for (;;) {
          const round = await worker.runOnce();
          sent += round.sent;
          if (round.sent === 0) return sent;
        }
      };
      const sent = await Promise.all(workers.map(drain));
      await Promise.all(workers.map((worker) => worker.stop()));
      expect(sent.reduce((a, b) => a + b, 0)).toBe(count);
      // Both took part: SKIP LOCKED let them work side by side rather than one after the other.
      expect(Math.min(...sent)).toBeGreaterThan(0);
      const keys = inbox.received
        .slice(before)
        .map((mail) => String(mail.headers.get("x-pathways-idempotency-key")));
      expect(keys).toHaveLength(count);
      expect(new Set(keys).size).toBe(count);
    } finally {
      await one.close();
      await two.close();
      await scratch.drop();
    }
  });
});
