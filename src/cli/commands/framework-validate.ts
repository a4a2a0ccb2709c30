import { Command } from "commander";
import { readFrameworkFile } from "../../storage/read-framework-file.ts";
import { defaultFrameworkPath } from "../default-framework-path.ts";
import { printFrameworkCheck } from "../print-framework-check.ts";

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
      printFrameworkCheck(path, await readFrameworkFile(path));
    });
}
