import { dropOutputOnClosedPipe } from "./closed-pipes.ts";
import { describeFailure } from "./describe-failure.ts";
import { main } from "./main.ts";

function reportAndExit(error: unknown): void {
  process.stderr.write(`pathways: ${describeFailure(error)}\n`);
  if (process.env.PATHWAYS_DEBUG) console.error(error);
  process.exit(1);
}

/**
 * Runs `pathways` as a program (bin/pathways.js): output into a closed pipe ends quietly, and
 * any failure, even one outside a command's own handling, is one line on stderr, not a stack.
 *
 * @example
 * process.exitCode = await runPathways(process.argv);
 */
export async function runPathways(argv: string[]): Promise<number> {
  dropOutputOnClosedPipe(process.stdout);
  dropOutputOnClosedPipe(process.stderr);
  process.on("uncaughtException", reportAndExit);
  process.on("unhandledRejection", reportAndExit);
  return main(argv);
}
