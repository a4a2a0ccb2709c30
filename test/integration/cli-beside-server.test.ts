import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { ServerStatus } from "../../src/cli/admin-commands.ts";
import { adminSocketPath } from "../../src/storage/admin/admin-socket-path.ts";
import { callAdminSocket } from "../../src/storage/admin/call-admin-socket.ts";
import { decodeBackup } from "../../src/storage/backup/decode-backup.ts";
import { createScratchPostgresDatabase, testDatabaseKinds } from "../db.ts";
import { serveProcess } from "../serve-process.ts";
import { setUpOwner } from "./api-session.ts";
import { startWriteStream } from "./write-stream.ts";

const cli = fileURLToPath(new URL("../../bin/pathways.js", import.meta.url));
const folder = mkdtempSync(join(tmpdir(), "pathways-beside-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs the real `pathways` program as another process would. */
function pathways(args: string[], databaseUrl = "") {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl, PATHWAYS_DEBUG: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** The people a backup file holds, by name. */
function peopleIn(file: string): string[] {
  const archive = decodeBackup(readFileSync(file), file);
  return (archive.rows.get("people") ?? []).map(
    (line) => (JSON.parse(line) as { name: string }).name,
  );
}

describe("the CLI beside a running `pathways serve` on the embedded database", {
  timeout: 480_000,
}, () => {
  it("backs up online through the server, and every other command says in one line what to do", async () => {
    const dataDir = join(folder, "embedded");
    // Creating the embedded database on a shared, busy machine can take minutes.
    const server = await serveProcess({ storage: { dataDir }, startTimeoutMs: 240_000 });
    try {
      const owner = await setUpOwner(server);
      const status = await callAdminSocket<ServerStatus>(adminSocketPath(dataDir), {
        command: "status",
      });
      expect(status).toMatchObject({
        pid: server.pid,
        database: "pglite",
        fsync: "on",
        walSyncMethod: "fsync",
      });
      expect(statSync(adminSocketPath(dataDir)).mode & 0o777).toBe(0o600);

      const stream = startWriteStream({ url: server.url, session: owner, concurrency: 2 });
      await stream.reached(20, 20_000);
      const before = stream.acknowledged.length;
      const file = join(folder, "online.pathways-backup.gz");
      const backup = await pathways(["backup", file, "--data-dir", dataDir]);
      expect(backup).toMatchObject({ code: 0, stderr: "" });
      expect(backup.stdout).toMatch(/Backed up "Acme Product" \(through the running server\)/);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      // One snapshot, with its checksum, holding at least every person acknowledged before it.
      const people = peopleIn(file);
      const acknowledgedPeople = stream.acknowledged
        .slice(0, before)
        .filter((write) => write.readPath.startsWith("/api/v1/people/"))
        .map((write) => write.expected.name);
      expect(people).toEqual(expect.arrayContaining(acknowledgedPeople));
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

      const restore = await pathways(["restore", file, "--data-dir", dataDir]);
      expect(restore.code).toBe(1);
      expect(restore.stderr.trim()).toMatch(
        /^pathways restore: This database already has the organisation "Acme Product"/,
      );

      const others = [
        ["report", "--person", "owner@example.com"],
        ["plan", "--person", "owner@example.com"],
        ["export", "people"],
        ["people", "titles"],
      ];
      for (const args of others) {
        const result = await pathways([...args, "--data-dir", dataDir]);
        expect({ args, code: result.code }).toEqual({ args, code: 1 });
        const lines = result.stderr.trim().split("\n");
        expect({ args, lines: lines.length }).toEqual({ args, lines: 1 });
        expect(lines[0]).toContain(
          `is in use by a running Pathways server (pid ${server.pid}): stop it first`,
        );
        expect(result.stderr).not.toMatch(/\n\s+at /);
      }
      await server.stop();
      await stream.done;

      // The online backup is a whole organisation: it restores into a new directory.
      const restored = await pathways(["restore", file, "--data-dir", join(folder, "restored")]);
      expect(restored).toMatchObject({ code: 0, stderr: "" });
      expect(restored.stdout).toMatch(/Restored "Acme Product"/);
    } finally {
      await server.stop();
    }
  });

  it.runIf(testDatabaseKinds().includes("postgres"))(
    "backs up from PostgreSQL while the server writes",
    async () => {
      const scratch = await createScratchPostgresDatabase();
      const server = await serveProcess({ storage: { databaseUrl: scratch.url } });
      try {
        const owner = await setUpOwner(server);
        const stream = startWriteStream({ url: server.url, session: owner, concurrency: 2 });
        await stream.reached(20, 20_000);
        const file = join(folder, "postgres.pathways-backup.gz");
        const backup = await pathways(["backup", file], scratch.url);
        expect(backup).toMatchObject({ code: 0, stderr: "" });
        expect(peopleIn(file).length).toBeGreaterThan(0);
        await server.stop();
        await stream.done;
      } finally {
        await server.stop();
        await scratch.drop();
      }
    },
  );
});
