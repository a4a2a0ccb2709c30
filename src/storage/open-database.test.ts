import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "./database.ts";
import { openDatabase } from "./open-database.ts";
import { createOrganisation, getOrganisation } from "./queries/organisations.ts";
import { organisations } from "./schema.ts";

const repoRoot = resolve(import.meta.dirname, "../..");

/** Runs a separate Node process that tries to open the data directory. */
function openInAnotherProcess(dataDir: string): Promise<{ code: number | null; stderr: string }> {
  const code = `
    const { openDatabase } = await import(${JSON.stringify(join(repoRoot, "src/storage/open-database.ts"))});
    try {
      const handle = await openDatabase({ dataDir: ${JSON.stringify(dataDir)} });
      await handle.close();
    } catch (error) {
      console.error(error.message);
      process.exit(3);
    }`;
  return new Promise((done) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
      cwd: repoRoot,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("close", (exitCode) => done({ code: exitCode, stderr }));
  });
}

/** Starts a process that writes organisations without end, printing each acknowledged name. */
function startWriter(dataDir: string) {
  const storage = join(repoRoot, "src/storage");
  const code = `
    const { openDatabase } = await import(${JSON.stringify(join(storage, "open-database.ts"))});
    const { createOrganisation } = await import(${JSON.stringify(join(storage, "queries/organisations.ts"))});
    const handle = await openDatabase({ dataDir: ${JSON.stringify(dataDir)} });
    for (let i = 0; ; i++) {
      await createOrganisation(handle.db, { name: "written-" + i });
      process.stdout.write(i + "\\n");
    }`;
  return spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "inherit"],
  });
}

describe("openDatabase with PGlite", () => {
  let dataDir: string;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "pathways-open-"));
    handle = await openDatabase({ dataDir });
  }, 60_000);

  afterAll(async () => {
    await handle.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("creates and migrates the database on first open", async () => {
    expect(handle.kind).toBe("pglite");
    const organisation = await createOrganisation(handle.db, { name: "Acme" });
    expect((await getOrganisation(handle.db, organisation.id))?.name).toBe("Acme");
  });

  it("says why a new database could not be created, and releases the directory", async () => {
    const blocked = mkdtempSync(join(tmpdir(), "pathways-blocked-"));
    // A file where the database directory should be: creating the cluster fails in its process.
    writeFileSync(join(blocked, "pgdata"), "not a directory");
    try {
      await expect(openDatabase({ dataDir: blocked })).rejects.toThrow(
        /Could not create the embedded database in .*pgdata/,
      );
      rmSync(join(blocked, "pgdata"));
      const reopened = await openDatabase({ dataDir: blocked });
      await reopened.close();
    } finally {
      rmSync(blocked, { recursive: true, force: true });
    }
  }, 60_000);

  it("refuses a second process and names the owner's pid", async () => {
    const other = await openInAnotherProcess(dataDir);
    expect(other.code).toBe(3);
    expect(other.stderr).toContain(`pid ${process.pid}`);
    expect(other.stderr).toContain(dataDir);
  }, 60_000);

  it("keeps the data across a close and a reopen, after which another process may open it", async () => {
    const organisation = await createOrganisation(handle.db, { name: "Kept" });
    await handle.close();
    const other = await openInAnotherProcess(dataDir);
    expect(other).toEqual({ code: 0, stderr: "" });
    handle = await openDatabase({ dataDir });
    expect((await getOrganisation(handle.db, organisation.id))?.name).toBe("Kept");
  }, 60_000);

  it("keeps every acknowledged write after the writing process is killed with SIGKILL", async () => {
    const crashDir = mkdtempSync(join(tmpdir(), "pathways-crash-"));
    const writer = startWriter(crashDir);
    let acknowledged = 0;
    const closed = new Promise((done) => writer.once("close", done));
    await new Promise<void>((done, fail) => {
      writer.once("close", () =>
        fail(new Error(`The writer stopped by itself after ${acknowledged} writes.`)),
      );
      writer.stdout?.on("data", (chunk: Buffer) => {
        acknowledged += chunk.toString().split("\n").filter(Boolean).length;
        if (acknowledged >= 100 && writer.kill("SIGKILL")) done();
      });
    });
    await closed;
    const reopened = await openDatabase({ dataDir: crashDir });
    try {
      expect(await reopened.db.$count(organisations)).toBeGreaterThanOrEqual(acknowledged);
    } finally {
      await reopened.close();
      rmSync(crashDir, { recursive: true, force: true });
    }
  }, 90_000);
});
