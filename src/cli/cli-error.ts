import { writeError } from "./output.ts";

/** A CLI failure whose message is meant for the person at the terminal. */
export class CliError extends Error {
  override name = "CliError";
}

/** Runs a command's work, turning a CliError into its message on stderr and exit code 1. */
export async function reportCliErrors(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    writeError(error.message);
  }
}
