import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { Command, Option } from "commander";
import { writeXlsx } from "../../app/write-xlsx.ts";
import { frameworkToCsv } from "../../framework/csv/framework-to-csv.ts";
import { frameworkText } from "../../framework/framework-text.ts";
import {
  frameworkToMatrixCsv,
  frameworkToMatrixRows,
} from "../../framework/import/framework-to-matrix.ts";
import type { Framework } from "../../framework/schema.ts";
import { writeFileAtomically } from "../../storage/write-file-atomically.ts";
import { loadFrameworkForCommand } from "../load-framework.ts";
import { writeError, writeOut } from "../output.ts";

/** The formats a framework can be written in. */
export type ExportFormat = "csv" | "yaml" | "json" | "matrix" | "xlsx";

export { frameworkText };

interface ExportOptions {
  file?: string;
  format: ExportFormat;
  out?: string;
}

async function writeExport(
  framework: Framework,
  format: ExportFormat,
  out: string,
): Promise<string[]> {
  if (format === "matrix" || format === "xlsx") {
    const content =
      format === "matrix"
        ? frameworkToMatrixCsv(framework)
        : await writeXlsx(framework.name, frameworkToMatrixRows(framework));
    await writeFileAtomically(out, content);
    return [out];
  }
  if (format !== "csv") {
    await writeFileAtomically(out, frameworkText(framework, format));
    return [out];
  }
  await mkdir(out, { recursive: true });
  const files = Object.entries(frameworkToCsv(framework));
  for (const [name, text] of files) await writeFileAtomically(join(out, name), text);
  return files.map(([name]) => join(out, name));
}

/**
 * `pathways framework export [--file F] --format csv|matrix|xlsx|yaml|json [--out DIR_OR_FILE]`: the
 * framework as spreadsheet sheets (a folder of CSV files), as one competency × level sheet (CSV or
 * XLSX, which `framework import` reads back), YAML or JSON.
 *
 * @example pathways framework export --format csv --out my-framework/
 */
export function frameworkExportCommand(): Command {
  return new Command("export")
    .description(
      "Write the framework as CSV sheets for a spreadsheet, one competency × level sheet (matrix CSV or XLSX), YAML or JSON.",
    )
    .option("--file <file>", "framework file (default: the bundled product-management framework)")
    .addOption(
      new Option("--format <format>", "output format")
        .choices(["csv", "matrix", "xlsx", "yaml", "json"])
        .makeOptionMandatory(),
    )
    .option(
      "--out <path>",
      "folder for csv; file for matrix, xlsx, yaml or json (default: standard output)",
    )
    .action(async (options: ExportOptions) => {
      const framework = await loadFrameworkForCommand(options.file);
      if (!framework) return;
      const { format, out } = options;
      if (out === undefined) {
        if (format === "csv" || format === "xlsx") {
          writeError(
            format === "csv"
              ? "csv export needs --out DIR\n  hint: name a folder for the sheets, e.g. --out my-framework"
              : "xlsx export needs --out FILE\n  hint: name the workbook, e.g. --out ladder.xlsx",
          );
          return;
        }
        process.stdout.write(
          format === "matrix" ? frameworkToMatrixCsv(framework) : frameworkText(framework, format),
        );
        return;
      }
      try {
        const written = await writeExport(framework, format, out);
        writeOut(format === "csv" ? `wrote ${written.length} sheets to ${out}` : `wrote ${out}`);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        writeError(
          `cannot write ${out}: ${reason}\n  hint: check that the folder exists and is writable.`,
        );
      }
    });
}
