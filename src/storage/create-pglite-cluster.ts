import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";

const run = promisify(execFile);

// Runs in a child process: PGlite's CommonJS build, the directory and the start parameters.
const script = `
const { PGlite } = require(process.argv[1]);
PGlite.create({ dataDir: process.argv[2], startParams: JSON.parse(process.argv[3]) })
  .then((db) => db.close())
  .catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
`;

/**
 * Creates a new PGlite database cluster (initdb) in `pgdata` in a child process. Creating one
 * grows the WASM heap to several hundred megabytes that a process never gives back; in a child,
 * that memory goes when it exits, and the server opens the finished directory at its working size.
 *
 * @example
 * await createPgliteCluster("/srv/pathways/pgdata", PGlite.defaultStartParams);
 */
export async function createPgliteCluster(pgdata: string, startParams: string[]): Promise<void> {
  const pglite = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  try {
    await run(process.execPath, ["-e", script, pglite, pgdata, JSON.stringify(startParams)], {
      env: { ...process.env, NODE_OPTIONS: "" },
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(
      `Could not create the embedded database in ${pgdata}${stderr ? `: ${stderr}` : ""}. Check that the directory is writable and has free space.`,
      { cause: error },
    );
  }
}
