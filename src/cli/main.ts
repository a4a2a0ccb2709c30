import { Command, CommanderError } from "commander";
import { analyticsCommand } from "./commands/analytics.ts";
import { assessCommand } from "./commands/assess.ts";
import { auditCommand } from "./commands/audit.ts";
import { backupCommand } from "./commands/backup.ts";
import { exportCommand } from "./commands/export.ts";
import { frameworkCommand } from "./commands/framework.ts";
import { orgCommand } from "./commands/org.ts";
import { peopleCommand } from "./commands/people.ts";
import { planCommand } from "./commands/plan.ts";
import { reportCommand } from "./commands/report.ts";
import { restoreCommand } from "./commands/restore.ts";
import { serveCommand } from "./commands/serve.ts";
import { describeFailure } from "./describe-failure.ts";
import { writeError } from "./output.ts";

/** Builds the `pathways` command line: each verb lives in commands/<verb>.ts. */
export function buildProgram(): Command {
  const program = new Command("pathways")
    .description("Pathways: the product-management career ladder as software.")
    .version("0.1.0")
    .showHelpAfterError()
    .exitOverride();
  program.addCommand(frameworkCommand());
  program.addCommand(peopleCommand());
  program.addCommand(exportCommand());
  program.addCommand(reportCommand());
  program.addCommand(planCommand());
  program.addCommand(assessCommand());
  program.addCommand(backupCommand());
  program.addCommand(restoreCommand());
  program.addCommand(auditCommand());
  program.addCommand(orgCommand());
  program.addCommand(analyticsCommand());
  program.addCommand(serveCommand());
  return program;
}

/** Runs the CLI with process-style argv and returns the exit code; a failure is one line on stderr. */
export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    // One line for the person at the terminal; the stack only when asked for.
    writeError(`pathways: ${describeFailure(error)}`);
    if (process.env.PATHWAYS_DEBUG) console.error(error);
    return 1;
  }
}
