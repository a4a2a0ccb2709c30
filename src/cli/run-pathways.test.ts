import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("../../bin/pathways.js", import.meta.url));

/** Runs `pathways ...args`; with `firstChunkOnly` it closes its end of stdout after one chunk. */
function run(args: string[], firstChunkOnly = false) {
  return new Promise<{
    code: number | null;
    signal: string | null;
    stdout: string;
    stderr: string;
  }>((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {
      env: { ...process.env, DATABASE_URL: "", PATHWAYS_DEBUG: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (firstChunkOnly) child.stdout.destroy();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

describe("the pathways program", { timeout: 60_000 }, () => {
  it("ends quietly when the pipe it writes into closes early (pathways ... | head -1)", async () => {
    const result = await run(["framework", "render"], true);
    expect(result.stdout).toContain("# Product management career framework");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("reports a failure in one line, without a stack trace", async () => {
    const result = await run(["report", "--data-dir", "/dev/null/pathways", "--person", "x"]);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^pathways: .*\/dev\/null\/pathways/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
