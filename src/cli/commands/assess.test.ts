import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { demoMemberEmail, runCli, seedDemoDataDir } from "../../../test/cli.ts";
import { loadDefaultFramework } from "../../../test/default-framework.ts";
import { openDatabase } from "../../storage/open-database.ts";
import { listAssessments } from "../../storage/queries/assessments.ts";
import { listPeople } from "../../storage/queries/people.ts";

const minimal = "test/fixtures/frameworks/minimal.yaml";
const down = "\x1b[B";

/** A stand-in for the terminal's standard input that the test types into. */
function fakeStdin(options: { tty: boolean; keys: string[] }) {
  const stream = Object.assign(new PassThrough(), {
    isTTY: options.tty,
    setRawMode: vi.fn(),
  });
  vi.spyOn(process, "stdin", "get").mockReturnValue(stream as unknown as typeof process.stdin);
  const tick = () => new Promise((resolve) => setImmediate(resolve));
  // Type once the command listens in raw mode, one key burst per tick, like a person would.
  setImmediate(async function typeKeys() {
    while (options.tty && options.keys.length > 0 && stream.setRawMode.mock.calls.length === 0) {
      await tick();
    }
    for (const key of options.keys) {
      stream.write(key);
      await tick();
    }
    if (!options.tty) stream.end();
  });
  return stream;
}

function scratchFile(name: string): string {
  return join(mkdtempSync(join(tmpdir(), "pathways-assess-")), name);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("pathways assess --out", () => {
  it("rates each competency with the arrow keys, a note on request, and saves after review", async () => {
    const out = scratchFile("me.json");
    const stdin = fakeStdin({
      tty: true,
      keys: [down, "n", "ships weekly", "\r", "\r", down, down, "\r", "\r", "\r"],
    });
    const { code, stdout } = await runCli("assess", "--out", out, "--framework", minimal);
    expect(code).toBe(0);
    expect(stdin.setRawMode).toHaveBeenNthCalledWith(1, true);
    expect(stdin.setRawMode).toHaveBeenLastCalledWith(false);
    expect(stdout).toContain("Execution & delivery (1 of 3)");
    expect(stdout).toContain("> 2 Practising: Ships whole features and unblocks the team.");
    expect(stdout).toContain("[#############-------] 2 of 3 rated");
    // The footer names the scale's real range, and the review comes before saving.
    expect(stdout).toContain("up/down or 1-3 choose");
    expect(stdout).not.toContain("1-9");
    expect(stdout).toContain("Review your self-assessment");
    expect(stdout).toContain(" 1. Execution & delivery: 2 Practising (note: ships weekly)");
    expect(stdout).toContain(`Saved a self-assessment of 3 competencies to ${out}.`);
    const saved = JSON.parse(readFileSync(out, "utf8"));
    expect(saved).toMatchObject({ kind: "self-assessment", framework: { id: "minimal" } });
    expect(saved.ratings).toEqual([
      { competency: "execution", level: 2, note: "ships weekly" },
      { competency: "strategy", level: 3 },
      { competency: "people-leadership", level: 1 },
    ]);
  });

  it("never takes a level's number as a note, goes back, and wraps to the terminal's width", async () => {
    const out = scratchFile("me.json");
    Object.defineProperty(process.stdout, "columns", { value: 44, configurable: true });
    try {
      // 3 and enter rate the first; 2 (the next competency's level, not a note) and enter the
      // second; left and b go back to the first, enter keeps its answer; after the review, b
      // returns to the last competency and enter to the review again, where enter saves.
      fakeStdin({
        tty: true,
        keys: ["3", "\r", "2", "\r", "\x1b[D", "b", "\x1b[B", "\r", "2", "\r", "1", "\r"].concat([
          "b",
          "\r",
          "\r",
        ]),
      });
      const { code, stdout } = await runCli("assess", "--out", out, "--framework", minimal);
      expect(code).toBe(0);
      const lines = stdout
        .replaceAll("\x1b[2J\x1b[H", "")
        .split("\n")
        .filter((line) => !line.startsWith("Saved a self-assessment"));
      expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(44);
      expect(lines).toContain("  2 Practising: Ships whole features and");
      expect(JSON.parse(readFileSync(out, "utf8")).ratings).toEqual([
        { competency: "execution", level: 3 },
        { competency: "strategy", level: 2 },
        { competency: "people-leadership", level: 1 },
      ]);
    } finally {
      Reflect.deleteProperty(process.stdout, "columns");
    }
  });

  it("leaves without writing anything when q is pressed, and exits 1", async () => {
    const out = scratchFile("me.json");
    const stdin = fakeStdin({ tty: true, keys: [down, "\r", "q"] });
    const { code, stderr } = await runCli("assess", "--out", out, "--framework", minimal);
    expect(code).toBe(1);
    expect(stderr).toBe("Left without saving; nothing was written.\n");
    expect(existsSync(out)).toBe(false);
    expect(stdin.setRawMode).toHaveBeenLastCalledWith(false);
  });

  it("takes piped competency=level lines without a terminal", async () => {
    const out = scratchFile("me.json");
    fakeStdin({
      tty: false,
      keys: ["execution=3\nstrategy=2 shaped the payments bet\npeople-leadership=1\n"],
    });
    const { code } = await runCli("assess", "--out", out, "--framework", minimal);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).ratings).toEqual([
      { competency: "execution", level: 3 },
      { competency: "strategy", level: 2, note: "shaped the payments bet" },
      { competency: "people-leadership", level: 1 },
    ]);
  });

  it("stops on piped lines that leave competencies out, unless --partial is given", async () => {
    const out = scratchFile("me.json");
    fakeStdin({ tty: false, keys: ["execution=3\n"] });
    const refused = await runCli("assess", "--out", out, "--framework", minimal);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("Nothing was saved: the input rates 1 of 3 competencies.");
    expect(refused.stderr).toContain("Not rated: strategy, people-leadership.");
    expect(refused.stderr).toContain("--partial");
    expect(existsSync(out)).toBe(false);
    fakeStdin({ tty: false, keys: ["execution=3\n"] });
    const partial = await runCli("assess", "--out", out, "--framework", minimal, "--partial");
    expect(partial.code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).ratings).toEqual([
      { competency: "execution", level: 3 },
    ]);
  });

  it("refuses bad piped lines by line number and writes nothing", async () => {
    const out = scratchFile("me.json");
    fakeStdin({ tty: false, keys: ["execution=9\n"] });
    const { code, stderr } = await runCli("assess", "--out", out, "--framework", minimal);
    expect(code).toBe(1);
    expect(stderr).toContain(
      "line 1: Level 9 is not on the scale. Use a whole number from 1 to 3.",
    );
    expect(existsSync(out)).toBe(false);
  });

  it("asks for exactly one place to save", async () => {
    const neither = await runCli("assess");
    expect(neither.code).toBe(1);
    expect(neither.stderr).toContain("--person EMAIL saves to the database, --out FILE");
    const both = await runCli("assess", "--person", "a@example.com", "--out", "x.json");
    expect(both.code).toBe(1);
    expect(both.stderr).toContain("Choose one place to save");
  });

  it("explains its keys and exit codes in --help", async () => {
    const { code, stdout } = await runCli("assess", "--help");
    expect(code).toBe(0);
    expect(stdout).toContain("up/down to choose");
    expect(stdout).toContain("Exit codes: 0 saved");
  });
});

describe("pathways assess --person", () => {
  let dataDir: string;

  beforeAll(async () => {
    ({ dataDir } = await seedDemoDataDir(async () => undefined));
  }, 120_000);

  it("saves a submitted self-assessment for the person", async () => {
    const count = loadDefaultFramework().competencies.length;
    const keys = [...Array.from({ length: count }, () => [down, down, "\r"]).flat(), "\r"];
    fakeStdin({ tty: true, keys });
    const { code, stdout, stderr } = await runCli(
      "assess",
      "--data-dir",
      dataDir,
      "--person",
      demoMemberEmail.toUpperCase(),
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain(
      `Saved a submitted self-assessment of ${count} competencies for Quinn Becker.`,
    );
    const handle = await openDatabase({ dataDir });
    try {
      const [org] = await handle.db.query.organisations.findMany();
      const orgId = org?.id ?? "";
      const people = await listPeople(handle.db, { orgId, limit: 1000 });
      const quinn = people.find((person) => person.email === demoMemberEmail);
      const [latest] = await listAssessments(handle.db, { orgId, personId: quinn?.id ?? "" });
      expect(latest).toMatchObject({ raterKind: "self", status: "submitted" });
      expect(latest?.ratings).toHaveLength(count);
      expect(new Set(latest?.ratings.map((rating) => rating.level))).toEqual(new Set([3]));
    } finally {
      await handle.close();
    }
  });

  it("explains an unknown email before asking anything, and exits 1", async () => {
    const stdin = fakeStdin({ tty: true, keys: [] });
    const { code, stderr } = await runCli(
      "assess",
      "--data-dir",
      dataDir,
      "--person",
      "nobody@example.com",
    );
    expect(code).toBe(1);
    expect(stderr).toContain('"nobody@example.com"');
    expect(stdin.setRawMode).not.toHaveBeenCalled();
  });
});
