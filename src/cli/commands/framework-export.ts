import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { Command, Option } from "commander";
import { stringify } from "yaml";
import { frameworkToCsv } from "../../framework/csv/framework-to-csv.ts";
import type { Framework } from "../../framework/schema.ts";
import { writeFileAtomically } from "../../storage/write-file-atomically.ts";
import { loadFrameworkForCommand } from "../load-framework.ts";
import { writeError, writeOut } from "../output.ts";

/** The formats a framework can be written in. */
export type ExportFormat = "csv" | "yaml" | "json";

interface ExportOptions {
  file?: string;
  format: ExportFormat;
  out?: string;
}

function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => compact(item));
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value)
    .map(([k, v]) => [k, compact(v)] as const)
    .filter(([k, v]) => {
      if (Array.isArray(v)) return v.length > 0;
      const emptyObject = typeof v === "object" && v !== null && Object.keys(v).length === 0;
      return !(emptyObject && (k === "growth" || k === "when"));
    });
  return Object.fromEntries(entries);
}

/**
 * A framework as YAML or JSON text, leaving out empty lists and other fields the format fills in by
 * default, so the file reads like one written by hand and loads back to the same framework.
 */
export function frameworkText(framework: Framework, format: "yaml" | "json"): string {
  const data = compact(framework);
  if (format === "json") return `${JSON.stringify(data, null, 2)}\n`;
  return stringify(data, { lineWidth: 100 });
}

async function writeExport(
  framework: Framework,
  format: ExportFormat,
  out: string,
): Promise<string[]> {
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
 * `pathways framework export [--file F] --format csv|yaml|json [--out DIR_OR_FILE]`: the framework
 * as spreadsheet sheets (a folder of CSV files), YAML or JSON.
 *
 * @example pathways framework export --format csv --out my-framework/
 */
export function frameworkExportCommand(): Command {
  return new Command("export")
    .description("Write the framework as CSV sheets for a spreadsheet, as YAML or as JSON.")
    .option("--file <file>", "framework file (default: the bundled product-management framework)")
    .addOption(
      new Option("--format <format>", "output format")
        .choices(["csv", "yaml", "json"])
        .makeOptionMandatory(),
    )
    .option("--out <path>", "folder for csv; file for yaml or json (default: standard output)")
    .action(async (options: ExportOptions) => {
      const framework = await loadFrameworkForCommand(options.file);
      if (!framework) return;
      const { format, out } = options;
      if (out === undefined) {
        if (format === "csv") {
          writeError(
            "csv export needs --out DIR\n  hint: name a folder for the sheets, e.g. --out my-framework",
          );
          return;
        }
        process.stdout.write(frameworkText(framework, format));
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
