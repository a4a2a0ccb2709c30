import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { Command } from "commander";
import { importFrameworkVersion } from "../../app/import-framework-version.ts";
import { localAdminActor } from "../../app/local-admin-actor.ts";
import { importFrameworkBytes } from "../../app/parse-framework-source.ts";
import { frameworkFromCsv } from "../../framework/csv/framework-from-csv.ts";
import type { FrameworkIssue, ParseResult } from "../../framework/framework-issue.ts";
import { frameworkText } from "../../framework/framework-text.ts";
import type { ImportResult } from "../../framework/import/import-result.ts";
import { maxFrameworkBytes } from "../../framework/limits.ts";
import type { Framework } from "../../framework/schema.ts";
import { readFrameworkFile } from "../../storage/read-framework-file.ts";
import { writeFileAtomically } from "../../storage/write-file-atomically.ts";
import { reportCliErrors } from "../cli-error.ts";
import { writeError, writeOut } from "../output.ts";
import { printFrameworkCheck } from "../print-framework-check.ts";
import { resolveOrganisation } from "../resolve-organisation.ts";
import { type DatabaseOptions, withDatabase, withDatabaseOption } from "../with-database.ts";

function refusal(file: string, code: string, message: string, hint: string): ParseResult {
  const issue: FrameworkIssue = { code, message, hint, file, line: null, column: null, path: [] };
  return { ok: false, issues: [issue] };
}

/** Reads every .csv file in a folder as bytes and imports them as one framework. */
async function readCsvFolder(folder: string): Promise<ParseResult> {
  const names = (await readdir(folder)).filter((name) => extname(name).toLowerCase() === ".csv");
  if (names.length === 0) {
    const hint = "Export a template with: pathways framework export --format csv --out FOLDER";
    return refusal(folder, "no-sheets", "the folder holds no .csv files", hint);
  }
  const sizes = await Promise.all(names.map(async (name) => (await stat(join(folder, name))).size));
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (total > maxFrameworkBytes) {
    const message = `the sheets hold ${(total / 1024 / 1024).toFixed(1)} MB; a framework may be at most 5 MB`;
    return refusal(
      folder,
      "too-large",
      message,
      "Trim long text: a framework fits in a few hundred kilobytes.",
    );
  }
  const files: Record<string, Uint8Array> = {};
  for (const name of names) files[name] = new Uint8Array(await readFile(join(folder, name)));
  const result = frameworkFromCsv(files);
  const inFolder = (issue: FrameworkIssue) => ({ ...issue, file: join(folder, issue.file) });
  return result.ok
    ? { ...result, warnings: result.warnings.map(inFolder) }
    : { ok: false, issues: result.issues.map(inFolder) };
}

async function importFramework(path: string): Promise<ParseResult | ImportResult> {
  let folder: boolean;
  try {
    folder = (await stat(path)).isDirectory();
  } catch {
    return refusal(
      path,
      "unreadable",
      "cannot read it: no such file or folder",
      "Check the name and its folder: pass a framework file (YAML, JSON, CSV, XLSX or Markdown) or the folder holding its sheets.",
    );
  }
  if (folder) return readCsvFolder(path);
  const size = (await stat(path)).size;
  if (size > maxFrameworkBytes) return readFrameworkFile(path);
  return importFrameworkBytes(path, new Uint8Array(await readFile(path)));
}

/** Prints each item the importer filled in, so the admin knows what to refine in the editor. */
function printAssumed(result: ParseResult | ImportResult): void {
  const assumed = "assumed" in result ? result.assumed : [];
  if (assumed.length === 0) return;
  writeOut(
    `assumed (refine these in the framework editor):\n${assumed.map((item) => `  - ${item}`).join("\n")}`,
  );
}

interface ImportOptions extends DatabaseOptions {
  out?: string;
  store?: boolean;
  org?: string;
}

async function writeFramework(framework: Framework, out: string): Promise<void> {
  const format = extname(out).toLowerCase() === ".json" ? "json" : "yaml";
  try {
    await writeFileAtomically(out, frameworkText(framework, format));
    writeOut(`wrote ${out}`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    writeError(
      `cannot write ${out}: ${reason}\n  hint: check that the folder exists and is writable.`,
    );
  }
}

/** Stores the checked framework as a draft version, as the local admin, like the API's import. */
async function storeFramework(framework: Framework, options: ImportOptions): Promise<void> {
  await reportCliErrors(() =>
    withDatabase(options, async ({ db }) => {
      const org = await resolveOrganisation(db, options.org);
      const source = frameworkText(framework, "yaml");
      const input = { source, fileName: `${framework.id}.yaml` };
      const stored = await importFrameworkVersion(db, localAdminActor(org.id), input);
      writeOut(
        `stored ${stored.frameworkId} ${stored.version} as a draft (${stored.id}); publish it with: pathways framework publish ${stored.id}`,
      );
    }),
  );
}

/**
 * `pathways framework import PATH [--out FILE.yaml] [--store]`: checks a folder of CSV sheets, a
 * YAML or JSON file, a one-sheet matrix (CSV or XLSX), Markdown with front matter or a job-family
 * table (the shape is detected), prints what was assumed to complete it, and when it is valid
 * writes it as a framework file or stores it in the database as a draft version.
 *
 * @example pathways framework import my-framework/ --out frameworks/acme.yaml
 */
export function frameworkImportCommand(): Command {
  return withDatabaseOption(
    new Command("import")
      .description(
        "Check a framework from YAML, JSON, a one-sheet ladder (CSV or XLSX: a row per competency, a column per level), Markdown with front matter, a job-family table or a folder of CSV sheets, and write it as YAML.",
      )
      .argument(
        "<path>",
        "a .yaml, .json, .csv, .xlsx or .md file, or a folder of the several-sheet CSV layout",
      )
      .option("--out <file>", "write the framework to this file (.yaml, or .json) when it is valid")
      .option("--store", "store it in the database as a draft version to publish later")
      .option("--org <name>", "with --store: organisation name or id (default: the only one)"),
  ).action(async (path: string, options: ImportOptions) => {
    const result = await importFramework(path);
    if (!printFrameworkCheck(path, result)) return;
    printAssumed(result);
    if (options.out !== undefined) await writeFramework(result.framework, options.out);
    if (options.store) await storeFramework(result.framework, options);
  });
}
