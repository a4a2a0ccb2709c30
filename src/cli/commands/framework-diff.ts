import { Command } from "commander";
import { diffFrameworks } from "../../framework/diff-frameworks.ts";
import { renderDiffText } from "../../framework/render-diff-text.ts";
import { loadFrameworkForCommand } from "../load-framework.ts";
import { writeJson, writeOut } from "../output.ts";

/** `pathways framework diff A B [--json]`: what changed from version A to version B. */
export function frameworkDiffCommand(): Command {
  return new Command("diff")
    .description(
      "Compare two framework files: added, removed, renamed and changed roles, competencies and expectations.",
    )
    .argument("<a>", "the earlier framework file")
    .argument("<b>", "the later framework file")
    .option("--json", "print JSON instead of text")
    .action(async (a: string, b: string, options: { json?: boolean }) => {
      const before = await loadFrameworkForCommand(a);
      const after = await loadFrameworkForCommand(b);
      if (!before || !after) return;
      const diff = diffFrameworks(before, after);
      if (options.json) writeJson(diff);
      else writeOut(renderDiffText(diff));
    });
}
