import { Refusal } from "../app/refusal.ts";
import { writeError } from "./output.ts";

/** A CLI failure whose message is meant for the person at the terminal. */
export class CliError extends Error {
  override name = "CliError";
}

/**
 * Runs a command's work, turning a CliError or a use case's refusal into its message on stderr
 * (with each field to fix) and exit code 1.
 */
export async function reportCliErrors(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (error instanceof Refusal) {
      const fields = error.fields.map(
        (field) => `\n  ${field.path}: ${field.message} ${field.hint}`,
      );
      writeError(`${error.message}${fields.join("")}`);
      return;
    }
    if (!(error instanceof CliError)) throw error;
    writeError(error.message);
  }
}
