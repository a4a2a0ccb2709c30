import { Command } from "commander";
import { closestIdsHint } from "../../framework/closest-id.ts";
import { renderOverviewText } from "../../framework/render-overview-text.ts";
import { renderRoleText } from "../../framework/render-role-text.ts";
import { loadFrameworkForCommand } from "../load-framework.ts";
import { writeError, writeJson, writeOut } from "../output.ts";

interface ShowOptions {
  file?: string;
  role?: string;
  json?: boolean;
}

/** `pathways framework show [--file F] [--role ID] [--json]`: the framework, or one role's page. */
export function frameworkShowCommand(): Command {
  return new Command("show")
    .description("Show the framework's tracks, roles and competencies, or one role's full page.")
    .option("--file <file>", "framework file (default: the bundled product-management framework)")
    .option("--role <id>", "show this role's full page")
    .option("--json", "print JSON instead of text")
    .action(async (options: ShowOptions) => {
      const framework = await loadFrameworkForCommand(options.file);
      if (!framework) return;
      if (options.role === undefined) {
        if (options.json) writeJson(framework);
        else
          writeOut(
            `${renderOverviewText(framework)}\nFor a role's full page: pathways framework show --role <id>`,
          );
        return;
      }
      const role = framework.roles.find((r) => r.id === options.role);
      if (!role) {
        const known = framework.roles.map((r) => r.id);
        writeError(
          `no role has the id "${options.role}"\n  hint: ${closestIdsHint("role", options.role, known)}`,
        );
        return;
      }
      if (options.json) writeJson(role);
      else writeOut(renderRoleText(framework, role));
    });
}
