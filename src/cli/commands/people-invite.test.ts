import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { auditTrail, runCli, seedDemoDataDir } from "../../../test/cli.ts";
import { localAdminUserId } from "../../app/policy.ts";
import { digestToken } from "../../server/auth/tokens.ts";
import { openDatabase } from "../../storage/open-database.ts";
import { createPerson } from "../../storage/queries/people.ts";
import { invitations, outboxMails } from "../../storage/schema.ts";

afterEach(() => {
  process.exitCode = undefined;
  vi.unstubAllEnvs();
});

async function seeded() {
  return seedDemoDataDir(async (db, orgId) => {
    const add = (name: string, email: string) => createPerson(db, { orgId, name, email });
    const ines = await add("Ines Invite", "ines.invite@example.com");
    const jon = await add("Jon Joiner", "jon.joiner@example.com");
    const kai = await add("Kai Kahale", "kai.kahale@example.com");
    return { orgId, ines, jon, kai };
  });
}

async function inDatabase<T>(
  dataDir: string,
  read: (db: Awaited<ReturnType<typeof openDatabase>>["db"]) => Promise<T>,
) {
  const handle = await openDatabase({ dataDir });
  try {
    return await read(handle.db);
  } finally {
    await handle.close();
  }
}

describe("pathways people invite", () => {
  // One demo organisation for the file: seeding it is the slow part. The tests build on each other.
  let dataDir: string;
  let prepared: Awaited<ReturnType<typeof seeded>>["prepared"];
  beforeAll(async () => {
    vi.stubEnv("DATABASE_URL", "");
    ({ dataDir, prepared } = await seeded());
  }, 180_000);

  it("refuses an unknown email, or neither emails nor --everyone-new, inviting nobody", async () => {
    vi.stubEnv("DATABASE_URL", "");
    const unknown = await runCli(
      "people",
      "invite",
      "ines.invite@example.com",
      "nobody@example.com",
      "--data-dir",
      dataDir,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(
      'Nobody in "Northwind Labs" has the email nobody@example.com; check the spelling, or import people first. Nobody was invited.',
    );
    const neither = await runCli("people", "invite", "--data-dir", dataDir);
    expect(neither.code).toBe(1);
    expect(neither.stderr).toContain("Name the people to invite by email, or give --everyone-new");
    const ines = await inDatabase(dataDir, (db) =>
      db.select().from(invitations).where(eq(invitations.email, "ines.invite@example.com")),
    );
    expect(ines).toEqual([]);
  }, 120_000);
  it("invites people by email and, with no SMTP, prints each working link, audited", async () => {
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("SMTP_URL", "");
    vi.stubEnv("PATHWAYS_PUBLIC_URL", "https://pathways.northwind.example");
    const { ines, jon, orgId } = prepared;

    const run = await runCli(
      "people",
      "invite",
      "ines.invite@example.com",
      "JON.JOINER@example.com",
      "--data-dir",
      dataDir,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Invited 2 people; each link works once, until ");
    expect(run.stdout).toContain("No SMTP_URL is set, so the mails are kept");
    const links = [
      ...run.stdout.matchAll(
        /^- (.+) <(.+)> (https:\/\/pathways\.northwind\.example\/invitation\?token=\S+)$/gm,
      ),
    ];
    expect(links.map((line) => line[2])).toEqual([
      "ines.invite@example.com",
      "jon.joiner@example.com",
    ]);

    // Each printed link is the one the mail holds, and opens that person's invitation.
    await inDatabase(dataDir, async (db) => {
      for (const [, , email, link] of links) {
        const token = new URL(link ?? "").searchParams.get("token") ?? "";
        const [stored] = await db
          .select()
          .from(invitations)
          .where(eq(invitations.tokenDigest, digestToken(token)));
        expect(stored?.email).toBe(email);
        expect([ines.id, jon.id]).toContain(stored?.personId);
        expect(stored?.invitedByUserId).toBeNull();
        expect(stored?.acceptedAt).toBeNull();
        const [mail] = await db
          .select()
          .from(outboxMails)
          .where(eq(outboxMails.toAddress, email ?? ""));
        expect(mail?.textBody).toContain(link);
      }
    });
    const sent = await auditTrail(dataDir, { orgId, action: "invitation:send" });
    expect(sent.map((entry) => entry.targetId).sort()).toEqual([ines.id, jon.id].sort());
    expect(sent.every((entry) => entry.actorUserId === localAdminUserId)).toBe(true);
  }, 120_000);

  it("invites everyone new, leaving out whoever already holds a working link", async () => {
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("SMTP_URL", "smtp://mail.northwind.example:587");
    const run = await runCli("people", "invite", "--everyone-new", "--data-dir", dataDir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("- Kai Kahale <kai.kahale@example.com>\n");
    // Ines and Jon hold the working links the test before sent them.
    expect(run.stdout).not.toContain("ines.invite@example.com");
    expect(run.stdout).not.toContain("jon.joiner@example.com");
    expect(run.stdout).not.toContain("/invitation?token=");
    expect(run.stdout).toContain("The mails go out through SMTP_URL while `pathways serve` runs.");
  }, 120_000);
});
