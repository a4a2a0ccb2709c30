// A process that publishes a framework version and stops dead inside the publish transaction,
// just as it starts moving people to the new roles: the parent kills it there with SIGKILL.
import { localAdminActor } from "../../src/app/local-admin-actor.ts";
import { publishFramework } from "../../src/app/publish-framework.ts";
import type { Database } from "../../src/storage/database.ts";
import { openDatabase } from "../../src/storage/open-database.ts";
import { people } from "../../src/storage/schema.ts";

const { DATABASE_URL: url, DATA_DIR: dataDir, ORG_ID: orgId, VERSION_ID: versionId } = process.env;

/** A query builder that never runs: every call chains, and awaiting it never settles. */
function stalled(): unknown {
  const builder: unknown = new Proxy(() => builder, {
    get: (_target, key) => (key === "then" ? () => {} : () => builder),
  });
  return builder;
}

/** The transaction as the publish sees it, except that updating people stalls forever. */
function stallOnPeople(tx: Database): Database {
  return new Proxy(tx, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key !== "update") return typeof value === "function" ? value.bind(target) : value;
      return (table: unknown) => {
        if (table !== people) return target.update(table as typeof people);
        process.stdout.write("mid-publish\n");
        return stalled();
      };
    },
  });
}

const handle = await openDatabase({ ...(url ? { url } : { dataDir }) });
const db = new Proxy(handle.db, {
  get(target, key, receiver) {
    if (key !== "transaction") return Reflect.get(target, key, receiver);
    return (run: (tx: Database) => Promise<unknown>) =>
      target.transaction((tx) => run(stallOnPeople(tx as Database)));
  },
});
await publishFramework(
  { db, frameworks: { forget: () => {} } },
  localAdminActor(orgId ?? ""),
  versionId ?? "",
);
process.stdout.write("published\n");
