/**
 * Wraps a line of terminal text to a width between words; the lines after the first are
 * indented by `hang` spaces so a list item's text lines up. A word longer than the width keeps
 * its own line rather than being cut.
 *
 * @example wrapText("> 3 Proficient: ships whole features", 20, 4) // ["> 3 Proficient:", "    ships whole", "    features"]
 */
export function wrapText(text: string, width: number, hang = 0): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (candidate.length <= width || line.trim() === "") {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = `${" ".repeat(hang)}${word}`;
  }
  lines.push(line);
  return lines;
}
