import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { demoMemberEmail, runCli, seedDemoDataDir } from "../../../test/cli.ts";
import { loadDefaultFramework } from "../../../test/default-framework.ts";
import { localAdminUserId } from "../../app/local-admin-actor.ts";
import { openDatabase } from "../../storage/open-database.ts";
import { listAuditLog } from "../../storage/queries/audit-log.ts";
import { createEvidence } from "../../storage/queries/evidence.ts";
import { listPeople } from "../../storage/queries/people.ts";

let dataDir: string;
let orgId: string;
let privateTitle: string;
let sharedTitle: string;

beforeAll(async () => {
  const seeded = await seedDemoDataDir(async (db, orgId) => {
    const people = await listPeople(db, { orgId, limit: 1000 });
    const quinn = people.find((person) => person.email === demoMemberEmail);
    if (!quinn) throw new Error("The demo has no Quinn.");
    const entry = (title: string, visibility: "private" | "manager") =>
      createEvidence(db, {
        orgId,
        personId: quinn.id,
        date: "2026-05-20",
        title,
        competencies: ["communication"],
        visibility,
      });
    await entry("Wrote a private note on a hard launch", "private");
    await entry("Ran the pricing review with finance", "manager");
    return {
      orgId,
      privateTitle: "Wrote a private note on a hard launch",
      sharedTitle: "Ran the pricing review with finance",
    };
  });
  dataDir = seeded.dataDir;
  ({ orgId, privateTitle, sharedTitle } = seeded.prepared);
}, 120_000);

const report = (...args: string[]) => runCli("report", "--data-dir", dataDir, ...args);

describe("pathways report", () => {
  it("prints a Markdown report with every section and a fit for every role", async () => {
    const { code, stdout, stderr } = await report("--person", demoMemberEmail);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.startsWith("# Growth report: Quinn Becker\n")).toBe(true);
    for (const heading of [
      "Where they stand",
      "Profile",
      "Fit for every role",
      "Paths",
      "Growth plan",
      "Evidence",
    ]) {
      expect(stdout).toContain(`\n## ${heading}\n`);
    }
    for (const role of loadDefaultFramework().roles) expect(stdout).toContain(`| ${role.title} |`);
  });

  it("leaves private evidence out unless the person's own copy is asked for", async () => {
    const shared = await report("--person", demoMemberEmail);
    expect(shared.stdout).toContain(sharedTitle);
    expect(shared.stdout).not.toContain(privateTitle);
    const own = await report("--person", demoMemberEmail, "--include-private");
    expect(own.stdout).toContain(privateTitle);
    expect(own.stdout).toContain("Includes private evidence");
  });

  it("records a report with private evidence in the audit log, and only such a report", async () => {
    const entries = async () => {
      const handle = await openDatabase({ dataDir });
      try {
        const people = await listPeople(handle.db, { orgId, limit: 1000 });
        const quinn = people.find((person) => person.email === demoMemberEmail);
        const trail = await listAuditLog(handle.db, { orgId, targetType: "person" });
        return trail.filter((entry) => entry.targetId === quinn?.id);
      } finally {
        await handle.close();
      }
    };
    const before = (await entries()).length;
    await report("--person", demoMemberEmail);
    expect(await entries()).toHaveLength(before);
    expect((await report("--person", demoMemberEmail, "--include-private")).code).toBe(0);
    const after = await entries();
    expect(after).toHaveLength(before + 1);
    expect(after[0]).toMatchObject({
      action: "report:include-private",
      actorUserId: localAdminUserId,
    });
  });

  it("writes a PDF to a file", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "pathways-report-")), "quinn.pdf");
    const { code, stdout } = await report(
      "--person",
      demoMemberEmail,
      "--format",
      "pdf",
      "--out",
      file,
    );
    expect(code).toBe(0);
    expect(stdout).toBe(`wrote the growth report for ${demoMemberEmail} to ${file}\n`);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes.toString("latin1")).toContain("Growth report: Quinn Becker");
  });

  it("explains an unknown email and exits 1", async () => {
    const { code, stdout, stderr } = await report("--person", "nobody@example.com");
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain('No person in "');
    expect(stderr).toContain('"nobody@example.com"');
  });

  it("refuses an unknown format and exits non-zero", async () => {
    const { code, stderr } = await report("--person", demoMemberEmail, "--format", "docx");
    expect(code).not.toBe(0);
    expect(stderr).toContain("md, pdf");
  });

  it("describes its options in --help", async () => {
    const { code, stdout } = await runCli("report", "--help");
    expect(code).toBe(0);
    expect(stdout).toContain("--person <email>");
    expect(stdout).toContain("--format <format>");
    expect(stdout).toContain("--include-private");
  });
});

describe("pathways plan", () => {
  const plan = (...args: string[]) => runCli("plan", "--data-dir", dataDir, ...args);

  it("shows the person's growth plan or draft in the terminal", async () => {
    const { code, stdout } = await plan("--person", demoMemberEmail);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Growth plan( draft)? for Quinn Becker \(Product Manager\)\n/);
    expect(stdout).toContain("\nFocus competencies\n  - ");
    expect(stdout).toContain("\nActions\n  - ");
  });

  it("prints the same stable JSON twice", async () => {
    const first = await plan("--person", demoMemberEmail, "--json");
    const second = await plan("--person", demoMemberEmail, "--json");
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    const parsed = JSON.parse(first.stdout);
    expect(parsed.person.email).toBe(demoMemberEmail);
    expect(["current", "draft"]).toContain(parsed.kind);
  });

  it("explains an unknown email and exits 1", async () => {
    const { code, stderr } = await plan("--person", "nobody@example.com", "--json");
    expect(code).toBe(1);
    expect(stderr).toContain("nobody@example.com");
  });

  it("asks for --person", async () => {
    const { code, stderr } = await plan("--json");
    expect(code).not.toBe(0);
    expect(stderr).toContain("--person <email>");
  });
});
