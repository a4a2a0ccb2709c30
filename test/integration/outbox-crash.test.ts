import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ServeProcess, serveProcess } from "../serve-process.ts";
import { type SmtpInbox, startSmtpInbox } from "../smtp-inbox.ts";
import { setUpOwner } from "./api-session.ts";

const publicUrl = "https://pathways.example.com";

describe("a server killed with SIGKILL while a mail waits in the outbox", () => {
  let inbox: SmtpInbox;
  let dataDir: string;
  const servers: ServeProcess[] = [];
  beforeAll(async () => {
    inbox = await startSmtpInbox();
    dataDir = mkdtempSync(join(tmpdir(), "pathways-outbox-crash-"));
  });
  afterAll(async () => {
    for (const server of servers) await server.crash();
    await inbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("sends the mail exactly once after the restart", { timeout: 180_000 }, async () => {
    const env = {
      SMTP_URL: inbox.url,
      PATHWAYS_MAIL_FROM: "Pathways <pathways@example.com>",
      PATHWAYS_PUBLIC_URL: publicUrl,
      LOG_LEVEL: "info",
    };
    // The mail server refuses everything at first: the mail stays in the outbox, to be retried.
    inbox.refuse(true);
    const first = await serveProcess({ storage: { dataDir }, env });
    servers.push(first);
    const owner = await setUpOwner(first);
    const colleague = await owner.send(first.url, "POST", "/api/v1/people", {
      name: "Dev Patel",
      email: "dev@example.com",
    });
    expect(colleague.status).toBe(201);
    const dev = colleague.body as { id: string };
    const asked = await owner.send(
      first.url,
      "POST",
      `/api/v1/people/${owner.user.personId}/feedback-requests`,
      { addresseePersonId: dev.id, competencies: ["execution"] },
    );
    expect(asked.status).toBe(201);
    // The worker tried, the server refused: the attempt is recorded and a retry is scheduled.
    await first.waitForOutput(/mail not sent: .*451/, 30_000);
    expect(inbox.received).toEqual([]);
    await first.crash();
    servers.pop();

    inbox.refuse(false);
    const second = await serveProcess({ storage: { dataDir }, env });
    servers.push(second);
    const [mail] = await inbox.waitFor(1, 60_000);
    expect(mail?.to).toEqual(["dev@example.com"]);
    expect(mail?.subject).toBe("Olive Owner asked for your feedback");
    expect(mail?.text.split("\n")).toContain(`${publicUrl}/feedback`);
    // Several more rounds of the worker (every 5 seconds) send nothing more.
    await new Promise((resolve) => setTimeout(resolve, 11_000));
    expect(inbox.received).toHaveLength(1);
    expect(second.output()).not.toContain(inbox.password);
    await second.stop();
    servers.pop();
  });
});
