import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it } from "vitest";
import { loadPublishedFramework } from "../../src/app/load-published-framework.ts";
import type { DatabaseKind } from "../../src/storage/database.ts";
import { openDatabase } from "../../src/storage/open-database.ts";
import {
  createFrameworkVersion,
  listFrameworkVersions,
  publishFrameworkVersion,
} from "../../src/storage/queries/framework-versions.ts";
import { createOrganisation } from "../../src/storage/queries/organisations.ts";
import { createPerson, getPerson } from "../../src/storage/queries/people.ts";
import { listTitleMappings, setTitleMapping } from "../../src/storage/queries/title-mappings.ts";
import { createScratchPostgresDatabase, testDatabaseKinds } from "../db.ts";
import { lineageV1, lineageV2 } from "../migration-frameworks.ts";

const child = fileURLToPath(new URL("./publish-crash-child.ts", import.meta.url));

type Where = { url: string } | { dataDir: string };

async function scratch(kind: DatabaseKind): Promise<{ where: Where; remove(): Promise<void> }> {
  if (kind === "postgres") {
    const database = await createScratchPostgresDatabase();
    return { where: { url: database.url }, remove: database.drop };
  }
  const dataDir = mkdtempSync(join(tmpdir(), "pathways-publish-crash-"));
  return {
    where: { dataDir },
    remove: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** Runs the child until it reports being inside the publish transaction, then kills it -9. */
function publishAndKill(where: Where, orgId: string, versionId: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const env = {
      ...process.env,
      NODE_OPTIONS: "",
      ORG_ID: orgId,
      VERSION_ID: versionId,
      ...("url" in where ? { DATABASE_URL: where.url } : { DATA_DIR: where.dataDir }),
    };
    const process_ = spawn(process.execPath, ["--import", "tsx", child], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const timer = setTimeout(() => {
      process_.kill("SIGKILL");
      reject(new Error(`The child never reached the middle of publishing:\n${output}`));
    }, 240_000);
    process_.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("mid-publish")) process_.kill("SIGKILL");
    });
    process_.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    process_.once("exit", (_code, signal) => {
      clearTimeout(timer);
      resolve(`${signal ?? "exited"}\n${output}`);
    });
  });
}

describe("a publish killed with SIGKILL half-way", () => {
  for (const kind of testDatabaseKinds()) {
    it.concurrent(`leaves the old version published and everyone untouched on ${kind}`, {
      // A fresh PGlite directory is created and migrated first: slow on a busy machine.
      timeout: 300_000,
    }, async ({ expect }) => {
      const { where, remove } = await scratch(kind);
      try {
        let handle = await openDatabase(where);
        const organisation = await createOrganisation(handle.db, { name: "Acme" });
        const orgId = organisation.id;
        const v1 = await createFrameworkVersion(handle.db, {
          orgId,
          document: lineageV1(),
          source: "v1",
        });
        await publishFrameworkVersion(handle.db, orgId, v1.id);
        const v2 = await createFrameworkVersion(handle.db, {
          orgId,
          document: lineageV2(),
          source: "v2",
        });
        const dana = await createPerson(handle.db, { orgId, name: "Dana", roleId: "group-pm" });
        await setTitleMapping(handle.db, { orgId, title: "Lead PM", roleId: "group-pm" });
        await handle.close();

        const ending = await publishAndKill(where, orgId, v2.id);
        expect(ending.split("\n")[0]).toBe("SIGKILL");
        expect(ending).toContain("mid-publish");

        handle = await openDatabase(where);
        const statuses = new Map(
          (await listFrameworkVersions(handle.db, orgId)).map((v) => [v.id, v.status]),
        );
        expect(statuses.get(v1.id)).toBe("published");
        expect(statuses.get(v2.id)).toBe("draft");
        expect((await getPerson(handle.db, orgId, dana.id))?.roleId).toBe("group-pm");
        expect(await listTitleMappings(handle.db, orgId)).toEqual([
          { title: "Lead PM", roleId: "group-pm" },
        ]);
        expect((await loadPublishedFramework(handle.db, orgId))?.version).toBe("1.0.0");
        await handle.close();
      } finally {
        await remove();
      }
    });
  }
});
