/**
 * Splits a role title into at most `maxLines` lines of about `width` characters, breaking after
 * " /" first and then between words; the last line ends with "…" when the title is longer.
 * Joined with spaces, the lines read as the title, so the title stays the link's name.
 *
 * @example
 * wrapLabel("Group Product Manager / Director of Product", 26); // ["Group Product Manager /", "Director of Product"]
 */
export function wrapLabel(title: string, width: number, maxLines = 2): string[] {
  const parts = title.split(" / ");
  if (parts.length > 1 && parts.length <= maxLines && parts.every((p) => p.length <= width)) {
    return parts.map((part, index) => (index < parts.length - 1 ? `${part} /` : part));
  }
  const lines: string[] = [];
  for (const word of title.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}
