/**
 * Wraps a line of terminal text to a width between words, keeping its leading indent; the lines
 * after the first are indented by `hang` spaces so a list item's text lines up. A word longer
 * than the width keeps its own line rather than being cut.
 *
 * @example wrapText("> 3 Proficient: ships whole features", 20, 4) // ["> 3 Proficient:", "    ships whole", "    features"]
 */
export function wrapText(text: string, width: number, hang = 0): string[] {
  const indent = /^ */.exec(text)?.[0] ?? "";
  const lines: string[] = [];
  let line = indent;
  for (const word of text.slice(indent.length).split(" ")) {
    const bare = line.trim() === "";
    const candidate = bare ? `${line}${word}` : `${line} ${word}`;
    if (candidate.length <= width || bare) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = `${" ".repeat(hang)}${word}`;
  }
  lines.push(line);
  return lines;
}
