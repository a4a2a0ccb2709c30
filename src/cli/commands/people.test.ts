import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { runCli } from "../../../test/cli.ts";
import { seedOrganisation } from "../../../test/db.ts";
import { openDatabase } from "../../storage/open-database.ts";
import { publishFrameworkVersion } from "../../storage/queries/framework-versions.ts";
import { progressReporter } from "./people-progress.ts";

const folder = mkdtempSync(join(tmpdir(), "pathways-cli-people-"));
const dataDir = join(folder, "data");
const good = join(folder, "people.csv");
const bad = join(folder, "bad.csv");

const run = (...args: string[]) => runCli(...args, "--data-dir", dataDir);

beforeAll(async () => {
  vi.stubEnv("DATABASE_URL", "");
  const handle = await openDatabase({ dataDir });
  const { organisation, framework } = await seedOrganisation(handle.db, "Acme");
  await publishFrameworkVersion(handle.db, organisation.id, framework.id);
  await handle.close();
  writeFileSync(
    good,
    "name,email,job title,manager email\nCleo,cleo@acme.test,Senior Product Manager,\nAva,ava@acme.test,PO,cleo@acme.test\n",
  );
  writeFileSync(bad, "name,email,job title,manager email\nAva,ava@acme.test,PM,ghost@acme.test\n");
}, 60_000);

afterEach(() => {
  process.exitCode = undefined;
});

afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(folder, { recursive: true, force: true });
});

describe("pathways people and export", () => {
  it("lists the unmatched title and exits 1 until it is mapped", async () => {
    const { code, stderr } = await run("people", "import", good);
    expect(code).toBe(1);
    expect(stderr).toContain('row 3, job title: no role matches the job title "PO"');
    expect(stderr).toContain('"PO" on rows 3');
  });

  it("maps a title, plans on a dry run, imports, and changes nothing the second time", async () => {
    expect((await run("people", "map-title", "P.O.", "pm")).stdout).toContain(
      '"P.O." now maps to pm.',
    );
    expect((await run("people", "titles")).stdout).toBe("P.O. -> pm\n");
    const dry = await run("people", "import", good, "--dry-run");
    expect(dry.stdout).toContain(
      "Dry run, nothing written: 2 to create, 0 to update, 0 unchanged.",
    );
    const applied = await run("people", "import", good);
    expect(applied.code).toBe(0);
    expect(applied.stderr).toContain("imported 2/3 rows (66%)\nimported 3/3 rows (100%)");
    expect((await run("people", "import", good)).stdout).toContain(
      "0 to create, 0 to update, 2 unchanged.",
    );
  });

  it("reports an unknown manager by row and writes nothing", async () => {
    const { code, stderr } = await run("people", "import", bad);
    expect(code).toBe(1);
    expect(stderr).toContain(
      "row 2, manager email: the manager ghost@acme.test is neither in the file nor in the organisation",
    );
  });

  it("exports people to a file and ratings to standard output", async () => {
    const out = join(folder, "people-export.csv");
    expect((await run("export", "people", "--out", out)).stdout).toBe(
      `Wrote 2 people rows to ${out}.\n`,
    );
    expect(readFileSync(out, "utf8")).toContain(
      "Ava,ava@acme.test,Product Manager,pm,cleo@acme.test,,",
    );
    expect((await run("export", "ratings")).stdout).toBe(
      "person email,assessment id,rater kind,submitted at,framework version,competency,level,note\n",
    );
  });
});

describe("progress reporting", () => {
  it("draws a bar in place on a terminal and plain lines at each tenth elsewhere", () => {
    const tty: string[] = [];
    progressReporter({ isTTY: true, write: (text) => tty.push(text) })(5, 10);
    expect(tty).toEqual([`\r[${"#".repeat(15)}${".".repeat(15)}] 50% 5/10 rows`]);
    const plain: string[] = [];
    const report = progressReporter({ write: (text) => plain.push(text) });
    for (const done of [1, 2, 3, 10]) report(done * 100, 1000);
    expect(plain).toEqual([
      "imported 100/1,000 rows (10%)\n",
      "imported 200/1,000 rows (20%)\n",
      "imported 300/1,000 rows (30%)\n",
      "imported 1,000/1,000 rows (100%)\n",
    ]);
  });
});
