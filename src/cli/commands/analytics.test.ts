import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { runCli, seedDemoDataDir } from "../../../test/cli.ts";

let dataDir: string;

beforeAll(async () => {
  dataDir = (await seedDemoDataDir(async () => null)).dataDir;
}, 120_000);
afterEach(() => {
  process.exitCode = undefined;
});

describe("pathways analytics rebuild", { timeout: 120_000 }, () => {
  it("computes everyone's analytics again, the same when run twice, with an audit entry", async () => {
    const rebuild = () => runCli("analytics", "rebuild", "--data-dir", dataDir);
    const first = await rebuild();
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^computed the analytics of \d+ people in .+ again in [\d.]+ s\.$/m,
    );
    const second = await rebuild();
    expect(second.code).toBe(0);
    expect(second.stdout.replace(/in [\d.]+ s/, "")).toBe(first.stdout.replace(/in [\d.]+ s/, ""));
    const audit = await runCli("audit", "--data-dir", dataDir, "--action", "analytics:rebuild");
    expect(audit.stdout).toContain("computed the analytics of");
  });
});
