import { Command } from "commander";
import { formatIssues } from "../../framework/format-issues.ts";
import { formatSummary, summariseFramework } from "../../framework/summarise-framework.ts";
import { readFrameworkFile } from "../../storage/read-framework-file.ts";
import { defaultFrameworkPath } from "../default-framework-path.ts";
import { writeError, writeOut } from "../output.ts";

/** `pathways framework validate [file]`: a one-line summary, or every problem and exit code 1. */
export function frameworkValidateCommand(): Command {
  return new Command("validate")
    .description("Check a framework file and summarise it, or list every problem found.")
    .argument(
      "[file]",
      "framework file, YAML or JSON (default: the bundled product-management framework)",
    )
    .action(async (file: string | undefined) => {
      const path = file ?? defaultFrameworkPath();
      const result = await readFrameworkFile(path);
      if (!result.ok) {
        writeError(`${path}: invalid\n${formatIssues(result.issues)}`);
        return;
      }
      writeOut(`${path}: valid — ${formatSummary(summariseFramework(result.framework))}`);
      if (result.warnings.length > 0)
        process.stdout.write(formatIssues(result.warnings, "warning"));
    });
}
