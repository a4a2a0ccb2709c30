import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "vitest";
import { readLockHolder } from "../../src/storage/data-dir-lock.ts";
import type { DatabaseKind } from "../../src/storage/database.ts";
import { createScratchPostgresDatabase, testDatabaseKinds } from "../db.ts";
import { type ServeProcess, type ServeStorage, serveProcess } from "../serve-process.ts";
import { type ApiSession, ownerCredentials, setUpOwner, signIn } from "./api-session.ts";
import { type AcknowledgedWrite, startWriteStream } from "./write-stream.ts";

/** A database for one test, and how to throw it away. */
interface ScratchStorage {
  storage: ServeStorage;
  remove(): Promise<void>;
}

async function scratchStorage(kind: DatabaseKind): Promise<ScratchStorage> {
  if (kind === "postgres") {
    const scratch = await createScratchPostgresDatabase();
    return { storage: { databaseUrl: scratch.url }, remove: scratch.drop };
  }
  const dataDir = mkdtempSync(join(tmpdir(), "pathways-crash-"));
  return {
    storage: { dataDir },
    remove: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function missingWrites(
  url: string,
  session: ApiSession,
  writes: AcknowledgedWrite[],
): Promise<string[]> {
  const missing: string[] = [];
  for (const write of writes) {
    const answer = await session.send(url, "GET", write.readPath);
    const found = answer.status === 200 && matches(answer.body, write.expected);
    if (!found) missing.push(`${write.readPath} (status ${answer.status})`);
  }
  return missing;
}

function lockHolder(dataDir: string): number | undefined {
  return readLockHolder(dataDir)?.pid;
}

function matches(body: unknown, expected: Record<string, string>): boolean {
  const record = body as Record<string, unknown>;
  return Object.entries(expected).every(([key, value]) => record[key] === value);
}

describe("a server killed with SIGKILL in the middle of a stream of writes", () => {
  // The databases run side by side: most of the time is spent waiting for start-ups.
  for (const kind of testDatabaseKinds()) {
    const label = kind === "pglite" ? "PGlite" : "PostgreSQL";

    it.concurrent(`keeps every acknowledged write once restarted on ${label}`, {
      timeout: 120_000,
    }, async ({ expect }) => {
      const scratch = await scratchStorage(kind);
      const { storage } = scratch;
      const servers: ServeProcess[] = [];
      try {
        const first = await serveProcess({ storage });
        servers.push(first);
        const owner = await setUpOwner(first);

        const stream = startWriteStream({ url: first.url, session: owner, concurrency: 4 });
        await stream.reached(150, 5_000);
        await first.crash();
        await stream.done;
        const acknowledged = [...stream.acknowledged];
        expect(stream.refused).toEqual([]);
        expect(acknowledged.length).toBeGreaterThan(0);

        // SIGKILL leaves the lock file behind, naming the dead process; it must not block the restart.
        const dataDir = "dataDir" in storage ? storage.dataDir : null;
        if (dataDir) expect(lockHolder(dataDir)).toBe(first.pid);
        const second = await serveProcess({ storage });
        servers.push(second);
        if (dataDir) expect(lockHolder(dataDir)).toBe(second.pid);
        const session = await signIn(second.url, ownerCredentials);
        expect(await missingWrites(second.url, session, acknowledged)).toEqual([]);
      } finally {
        await Promise.all(servers.map((server) => server.stop()));
        await scratch.remove();
      }
    });
  }
});
