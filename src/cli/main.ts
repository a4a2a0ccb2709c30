import { Command, CommanderError } from "commander";
import { frameworkCommand } from "./commands/framework.ts";

/** Builds the `pathways` command line: each verb lives in commands/<verb>.ts. */
export function buildProgram(): Command {
  const program = new Command("pathways")
    .description("Pathways: the product-management career ladder as software.")
    .version("0.1.0")
    .showHelpAfterError()
    .exitOverride();
  program.addCommand(frameworkCommand());
  return program;
}

/** Runs the CLI with process-style argv and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    throw error;
  }
}
