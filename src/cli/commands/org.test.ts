import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { runCli, seedDemoDataDir } from "../../../test/cli.ts";

let dataDir: string;

beforeAll(async () => {
  dataDir = (await seedDemoDataDir(async () => null)).dataDir;
}, 120_000);
afterEach(() => {
  process.exitCode = undefined;
});

const timeZone = (...args: string[]) => runCli("org", "time-zone", "--data-dir", dataDir, ...args);

describe("pathways org time-zone", { timeout: 60_000 }, () => {
  it("shows UTC, sets an IANA zone with an audit entry, and refuses an unknown one", async () => {
    const shown = await timeZone();
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/keeps its calendar in UTC; today there is \d{4}-\d{2}-\d{2}\.$/m);

    const set = await timeZone("Pacific/Auckland");
    expect(set.stderr).toBe("");
    expect(set.code).toBe(0);
    expect(set.stdout).toContain("keeps its calendar in Pacific/Auckland");
    expect((await timeZone()).stdout).toContain("in Pacific/Auckland");
    const audit = await runCli("audit", "--data-dir", dataDir, "--action", "org:set-time-zone");
    expect(audit.stdout).toContain("An admin at the command line changed the time zone of");

    const refused = await timeZone("Mars/Olympus");
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('zone: "Mars/Olympus" is not a time zone');
    expect(refused.stderr).toContain("Europe/Berlin");
    expect((await timeZone()).stdout).toContain("in Pacific/Auckland");
  });
});
