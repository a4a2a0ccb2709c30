import { writeFile } from "node:fs/promises";
import { Command, Option } from "commander";
import { renderFrameworkMarkdown } from "../../framework/render-markdown.ts";
import { loadFrameworkForCommand } from "../load-framework.ts";
import { writeError, writeOut } from "../output.ts";

interface RenderOptions {
  format: "markdown";
  file?: string;
  out?: string;
}

/** `pathways framework render --format markdown [--file F] [--out FILE]`: a publishable handbook page. */
export function frameworkRenderCommand(): Command {
  return new Command("render")
    .description("Render the framework as a handbook page a company could publish.")
    .addOption(
      new Option("--format <format>", "output format").choices(["markdown"]).default("markdown"),
    )
    .option("--file <file>", "framework file (default: the bundled product-management framework)")
    .option("--out <file>", "write to this file instead of standard output")
    .action(async (options: RenderOptions) => {
      const framework = await loadFrameworkForCommand(options.file);
      if (!framework) return;
      const markdown = renderFrameworkMarkdown(framework);
      if (options.out === undefined) {
        process.stdout.write(markdown);
        return;
      }
      try {
        await writeFile(options.out, markdown, "utf8");
        writeOut(`wrote ${options.out}`);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        writeError(
          `cannot write ${options.out}: ${reason}\n  hint: check that the folder exists and is writable.`,
        );
      }
    });
}
