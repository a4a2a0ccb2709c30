import { Command } from "commander";
import { commandSummaries } from "../command-summaries.ts";
import { frameworkDiffCommand } from "./framework-diff.ts";
import { frameworkExportCommand } from "./framework-export.ts";
import { frameworkImportCommand } from "./framework-import.ts";
import { frameworkPublishCommand } from "./framework-publish.ts";
import { frameworkRenderCommand } from "./framework-render.ts";
import { frameworkShowCommand } from "./framework-show.ts";
import { frameworkValidateCommand } from "./framework-validate.ts";
import { frameworkVersionsCommand } from "./framework-versions.ts";

/**
 * `pathways framework ...`: validate, show, render and diff career frameworks.
 *
 * @example pathways framework validate frameworks/product-management.yaml
 */
export function frameworkCommand(): Command {
  const command = new Command("framework").description(commandSummaries.framework);
  for (const sub of [
    frameworkValidateCommand(),
    frameworkShowCommand(),
    frameworkRenderCommand(),
    frameworkDiffCommand(),
    frameworkImportCommand(),
    frameworkExportCommand(),
    frameworkVersionsCommand(),
    frameworkPublishCommand(),
  ]) {
    // addCommand does not pass settings down: keep errors as exceptions main() turns into exit codes.
    command.addCommand(sub.exitOverride().showHelpAfterError());
  }
  return command.exitOverride();
}
