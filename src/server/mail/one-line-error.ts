/**
 * An error as one short line for `last_error`: the first line of its message (with nodemailer's
 * SMTP response code when it has one), every given secret blanked out, at most 300 characters.
 *
 * @example
 * oneLineError(new Error("Invalid login: 535 bad password hunter2"), ["hunter2"]); // "Invalid login: 535 bad password ***"
 */
export function oneLineError(error: unknown, secrets: readonly string[]): string {
  const message = error instanceof Error ? error.message : String(error);
  let line = message.split(/\r?\n/).find((text) => text.trim() !== "") ?? "unknown error";
  for (const secret of secrets) {
    if (secret.length >= 3) line = line.split(secret).join("***");
  }
  line = line.trim();
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}
