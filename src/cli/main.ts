import { Command, CommanderError } from "commander";
import { type CommandVerb, commandSummaries } from "./command-summaries.ts";
import { describeFailure } from "./describe-failure.ts";
import { loadCommand } from "./load-command.ts";
import { writeError } from "./output.ts";

const verbs = Object.keys(commandSummaries) as CommandVerb[];

/** The verb argv asks for: the first argument that is not an option, when it names a command. */
function requestedVerb(argv: readonly string[]): CommandVerb | null {
  const words = argv.slice(2).filter((arg) => !arg.startsWith("-"));
  // `pathways help framework` describes framework: that one is loaded too.
  const first = words[0] === "help" ? words[1] : words[0];
  return verbs.find((verb) => verb === first) ?? null;
}

/**
 * Builds the `pathways` command line for argv: each verb lives in commands/<verb>.ts, and only
 * the verb argv names is loaded; the others stand in with their summary, enough for `--help`.
 */
export async function buildProgram(argv: readonly string[]): Promise<Command> {
  const program = new Command("pathways")
    .description("Pathways: the product-management career ladder as software.")
    .version("0.1.0")
    .showHelpAfterError()
    .exitOverride();
  const requested = requestedVerb(argv);
  for (const verb of verbs) {
    program.addCommand(
      verb === requested
        ? await loadCommand[verb]()
        : new Command(verb).description(commandSummaries[verb]),
    );
  }
  return program;
}

/** Runs the CLI with process-style argv and returns the exit code; a failure is one line on stderr. */
export async function main(argv: string[]): Promise<number> {
  try {
    await (await buildProgram(argv)).parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    // One line for the person at the terminal; the stack only when asked for.
    writeError(`pathways: ${describeFailure(error)}`);
    if (process.env.PATHWAYS_DEBUG) console.error(error);
    return 1;
  }
}
