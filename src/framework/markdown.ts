import { descriptorCriteria, type LevelDescriptor } from "./level-descriptor.ts";
/** Makes text safe inside a Markdown table cell: no pipes breaking columns, no line breaks. */
export function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

/** A Markdown table from a header row and body rows. */
export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(cell).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** A bulleted list, or nothing when there are no items. */
export function bullets(items: readonly string[]): string {
  return items.map((item) => `- ${item.replace(/\s*\n\s*/g, " ")}`).join("\n");
}

/** A bold label followed by a list, or nothing when the list is empty. */
export function labelledList(label: string, items: readonly string[]): string {
  return items.length === 0 ? "" : `**${label}**\n\n${bullets(items)}`;
}

/** Joins Markdown blocks with blank lines, skipping empty ones. */
export function blocks(...parts: string[]): string {
  return parts.filter((part) => part.trim() !== "").join("\n\n");
}

/** A heading anchor the way GitHub makes it, so sections can link to each other. */
export function anchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, "")
    .replace(/ /g, "-");
}

/** A level descriptor in a table cell: its sentence, or its criteria as a bulleted list. */
export function criteriaCell(descriptor: LevelDescriptor | undefined): string {
  const criteria = descriptorCriteria(descriptor);
  return criteria.length <= 1 ? (criteria[0] ?? "") : criteria.map((c) => `• ${c}`).join("<br>");
}
