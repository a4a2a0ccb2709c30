import { fsyncSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { executeRows } from "./backup/execute-rows.ts";
import { createPgliteCluster } from "./create-pglite-cluster.ts";
import { DurableNodeFS } from "./durable-node-fs.ts";
import { openPglite, pgliteStartParams } from "./open-pglite.ts";

const root = mkdtempSync(join(tmpdir(), "pathways-durable-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const setting = async (client: PGlite, name: string) =>
  (await client.query<Record<string, string>>(`show ${name}`)).rows[0]?.[name];

describe("durable PGlite", { timeout: 120_000 }, () => {
  it("hands PostgreSQL's fsync of each commit to the operating system", async () => {
    const pgdata = join(root, "counted");
    await createPgliteCluster(pgdata, pgliteStartParams(true));
    let syncs = 0;
    const fs = new DurableNodeFS(pgdata, (fd) => {
      syncs++;
      fsyncSync(fd);
    });
    const client = await PGlite.create({ fs, startParams: pgliteStartParams(true) });
    try {
      expect(await setting(client, "fsync")).toBe("on");
      expect(await setting(client, "wal_sync_method")).toBe("fsync");
      await client.exec("create table t (x int)");
      const before = syncs;
      for (let i = 0; i < 5; i++) await client.exec(`insert into t values (${i})`);
      // Every commit flushes the WAL before it returns.
      expect(syncs - before).toBeGreaterThanOrEqual(5);
    } finally {
      await client.close();
    }
  });

  it("opens the data directory with fsync on by default and off when relaxed", async () => {
    const durable = await openPglite({ dataDir: join(root, "durable") });
    try {
      const [row] = await executeRows<{ fsync: string }>(durable.db, "show fsync");
      expect(row?.fsync).toBe("on");
    } finally {
      await durable.close();
    }
    const relaxed = await openPglite({ dataDir: join(root, "durable"), relaxedDurability: true });
    try {
      const [row] = await executeRows<{ fsync: string }>(relaxed.db, "show fsync");
      expect(row?.fsync).toBe("off");
    } finally {
      await relaxed.close();
    }
  });
});
