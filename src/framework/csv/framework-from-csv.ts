import type { FrameworkIssue, ParseResult } from "../framework-issue.ts";
import { assembleFrameworkKeys, assembleLists, assembleTransitions } from "./assemble-basics.ts";
import { assembleCompetencies } from "./assemble-competencies.ts";
import { assembleEntryRoutes } from "./assemble-entry-routes.ts";
import { assembleMigration } from "./assemble-migration.ts";
import { assembleRoles } from "./assemble-roles.ts";
import { checkCsvDocument } from "./check-csv-document.ts";
import { CsvAssembly } from "./csv-assembly.ts";
import { type CsvFileName, csvLayout } from "./csv-layout.ts";
import { readFiles } from "./read-files.ts";
import type { Sheet } from "./read-sheet.ts";

type Sheets = Partial<Record<CsvFileName, Sheet>>;

/** The document list each sheet declares, so issues about a whole list point at its sheet. */
const sheetPaths: Partial<Record<CsvFileName, string>> = {
  "scale.csv": "scale",
  "competencies.csv": "competencies",
  "tracks.csv": "tracks",
  "roles.csv": "roles",
  "transitions.csv": "transitions",
  "entry-routes.csv": "entryRoutes",
  "guidance.csv": "guidance",
  "migration.csv": "migration",
};

const fileOrder: string[] = csvLayout.map((layout) => layout.file);

function inSheetOrder(issues: FrameworkIssue[]): FrameworkIssue[] {
  const rank = (issue: FrameworkIssue) => {
    const index = fileOrder.indexOf(issue.file);
    return index < 0 ? fileOrder.length : index;
  };
  return issues.sort(
    (a, b) =>
      rank(a) - rank(b) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

function assemble(assembly: CsvAssembly, sheets: Sheets): Record<string, unknown> {
  const doc: Record<string, unknown> = {};
  for (const layout of csvLayout) {
    const header = sheets[layout.file]?.header[0];
    // Issues about a whole sheet point at its first row, not at one named column.
    const first = header && { ...header, name: "" };
    const field = sheetPaths[layout.file];
    if (first && layout.file === "framework.csv") assembly.place([], first);
    else if (first && field) assembly.place([field], first);
  }
  const framework = sheets["framework.csv"];
  if (framework) assembleFrameworkKeys(assembly, framework, doc);
  assembleLists(assembly, sheets, doc);
  assembleCompetencies(
    assembly,
    { competencies: sheets["competencies.csv"], growth: sheets["growth.csv"] },
    doc,
  );
  assembleRoles(
    assembly,
    {
      roles: sheets["roles.csv"],
      items: sheets["role-items.csv"],
      skills: sheets["skills.csv"],
      expectations: sheets["expectations.csv"],
    },
    doc,
  );
  assembleTransitions(assembly, sheets["transitions.csv"], doc);
  assembleEntryRoutes(
    assembly,
    {
      routes: sheets["entry-routes.csv"],
      roles: sheets["entry-roles.csv"],
      conditions: sheets["entry-conditions.csv"],
    },
    doc,
  );
  assembleMigration(assembly, sheets["migration.csv"], doc);
  return doc;
}

/**
 * Builds and validates a framework from the sheets of the spreadsheet layout (file name -> CSV text
 * or bytes), reporting every problem at once with its file, row, column and a hint.
 *
 * @example
 * const result = frameworkFromCsv({ "framework.csv": "key,value\nid,acme\n...", "roles.csv": "..." });
 * if (!result.ok) process.stderr.write(formatIssues(result.issues));
 */
export function frameworkFromCsv(files: Record<string, string | Uint8Array>): ParseResult {
  const assembly = new CsvAssembly();
  const read = readFiles(files, assembly);
  if (read.blocking) return { ok: false, issues: inSheetOrder(assembly.issues) };
  const result = checkCsvDocument(assembly, assemble(assembly, read.sheets));
  return result.ok ? result : { ok: false, issues: inSheetOrder(result.issues) };
}
