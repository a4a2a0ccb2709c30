import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { demoMemberEmail, runCli, seedDemoDataDir } from "../../../test/cli.ts";

let dataDir: string;

beforeAll(async () => {
  dataDir = (await seedDemoDataDir(async () => null)).dataDir;
}, 120_000);
afterEach(() => {
  process.exitCode = undefined;
});

const audit = (...args: string[]) => runCli("audit", "--data-dir", dataDir, ...args);

describe("pathways audit", { timeout: 60_000 }, () => {
  it("shows the trail newest first, in words, including what the command line did", async () => {
    expect((await runCli("export", "people", "--data-dir", dataDir)).code).toBe(0);
    const { code, stdout, stderr } = await audit();
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^When\s+What happened$/);
    expect(lines[1]).toMatch(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\s+An admin at the command line exported the people of .+ as CSV\.$/,
    );
    expect(stdout).toContain("Pathways created the demo organisation");
  });

  it("filters by action, actor, person and time, and prints JSON", async () => {
    await runCli("report", "--data-dir", dataDir, "--person", demoMemberEmail, "--include-private");
    const json = await audit("--json", "--actor", "cli", "--person", demoMemberEmail);
    expect(json.code).toBe(0);
    const entries = JSON.parse(json.stdout);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: "report:include-private",
      summary:
        "An admin at the command line made a growth report with private evidence for Quinn Becker.",
      actor: { via: "command line" },
      target: { type: "person", name: "Quinn Becker" },
    });
    const seeded = JSON.parse((await audit("--json", "--action", "demo:seed")).stdout);
    expect(seeded).toHaveLength(1);
    expect((await audit("--since", "2999-01-01")).stdout).toBe("No audit entries match.\n");
  });

  it("explains a bad date, limit or actor and exits 1", async () => {
    const date = await audit("--since", "yesterday");
    expect(date.code).toBe(1);
    expect(date.stderr).toContain(
      '--since "yesterday" is not a date: use a date such as 2026-06-01',
    );
    const limit = await audit("--limit", "0");
    expect(limit.code).toBe(1);
    expect(limit.stderr).toContain("--limit");
    const actor = await audit("--actor", "nobody@example.com");
    expect(actor.code).toBe(1);
    expect(actor.stderr).toContain('no account of "');
  });
});
