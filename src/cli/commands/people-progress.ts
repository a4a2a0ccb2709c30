/** Something progress can be written to: process.stderr, or a stand-in in tests. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

const barWidth = 30;

/**
 * Reports import progress on a stream: a bar redrawn in place on a terminal, otherwise a plain
 * line at every tenth, so logs stay readable.
 *
 * @example const progress = progressReporter(process.stderr); progress(500, 1000);
 */
export function progressReporter(
  stream: ProgressStream,
): (processed: number, total: number) => void {
  let lastTenth = -1;
  return (processed, total) => {
    const share = total === 0 ? 1 : processed / total;
    const counts = `${processed.toLocaleString("en")}/${total.toLocaleString("en")} rows`;
    if (stream.isTTY) {
      const filled = Math.round(share * barWidth);
      const bar = `${"#".repeat(filled)}${".".repeat(barWidth - filled)}`;
      stream.write(
        `\r[${bar}] ${Math.round(share * 100)}% ${counts}${processed >= total ? "\n" : ""}`,
      );
      return;
    }
    const tenth = Math.floor(share * 10);
    if (tenth === lastTenth) return;
    lastTenth = tenth;
    stream.write(`imported ${counts} (${Math.floor(share * 100)}%)\n`);
  };
}
