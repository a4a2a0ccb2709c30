/** Writes text to standard output. */
export function writeOut(text: string): void {
  process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
}

/** Writes text to standard error and marks the command as failed (exit code 1). */
export function writeError(text: string): void {
  process.stderr.write(text.endsWith("\n") ? text : `${text}\n`);
  process.exitCode = 1;
}

/** Writes a value as JSON with two-space indentation: same input, same bytes. */
export function writeJson(value: unknown): void {
  writeOut(JSON.stringify(value, null, 2));
}
