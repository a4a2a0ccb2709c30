/**
 * Makes writes to a pipe whose reader has gone (`pathways ... | head -1`) end quietly: the rest
 * of the output is dropped, the command finishes its work, and the process exits with its own
 * status, instead of dying of an unhandled EPIPE with a stack trace.
 *
 * @example
 * dropOutputOnClosedPipe(process.stdout);
 */
export function dropOutputOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    stream.write = (() => true) as NodeJS.WriteStream["write"];
  });
}
