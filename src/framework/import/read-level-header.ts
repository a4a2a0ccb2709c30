/** A column header read as a level of the ladder: the title to show and its number, when it has one. */
export interface LevelHeader {
  title: string;
  number: number | null;
}

/**
 * Reads a level column's header in the ways companies write them: "Level 1", "level_1", "L3", "3",
 * "IC2", "P4", "M1", or a title such as "Senior PM".
 *
 * @example readLevelHeader("level_2") // { title: "Level 2", number: 2 }
 */
export function readLevelHeader(header: string): LevelHeader {
  const text = header.trim().replace(/\s+/g, " ");
  const level = /^(?:level|lvl|grade|band|step)[\s_.-]*(\d+)$/i.exec(text);
  if (level) return { title: `Level ${Number(level[1])}`, number: Number(level[1]) };
  if (/^\d+$/.test(text)) return { title: `Level ${Number(text)}`, number: Number(text) };
  const code = /^([a-z]{1,3})[\s_.-]?(\d+)$/i.exec(text);
  if (code) {
    return { title: `${(code[1] ?? "").toUpperCase()}${Number(code[2])}`, number: Number(code[2]) };
  }
  return { title: text, number: null };
}

/** Column headers that name the competency, its area or its description rather than a level. */
export const competencyHeaders = [
  "competency",
  "competencies",
  "skill",
  "skills",
  "dimension",
  "capability",
  "criterion",
  "criteria",
  "topic",
  "theme",
  "attribute",
  "name",
];
export const areaHeaders = ["area", "category", "pillar", "group", "domain", "section", "family"];
export const proficiencyHeaders = [
  "proficiency",
  "proficiency level",
  "expected proficiency",
  "mastery",
];
export const descriptionHeaders = ["description", "definition", "about", "summary", "what it is"];

/** The header's plain words, for comparing with the lists above. */
export function headerKey(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, " ");
}
