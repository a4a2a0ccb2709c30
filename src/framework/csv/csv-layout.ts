/** The shape of one sheet: its file name, the columns its header needs, and the ones it may have. */
export interface CsvSheetLayout {
  file: string;
  /** Whether an import fails without this file. */
  required: boolean;
  /** Columns the header must have, in the order an export writes them. */
  columns: readonly string[];
  /** Columns the header may leave out (their cells are then empty). */
  optional: readonly string[];
  /** Extra columns the sheet takes: one per scale level, or one per competency. */
  extra?: "levels" | "competencies";
}

function sheet<File extends string>(
  file: File,
  required: boolean,
  columns: string[],
  optional: string[] = [],
  extra?: CsvSheetLayout["extra"],
): CsvSheetLayout & { file: File } {
  return { file, required, columns, optional, ...(extra ? { extra } : {}) };
}

/** Every sheet of the spreadsheet layout, in the order they are documented and exported. */
export const csvLayout = [
  sheet("framework.csv", true, ["key", "value"]),
  sheet("scale.csv", true, ["level", "label", "description"]),
  sheet("competencies.csv", true, ["id", "name", "area", "description"], [], "levels"),
  sheet("growth.csv", false, ["competency", "level", "action"]),
  sheet("tracks.csv", true, ["id", "name", "description"]),
  sheet(
    "roles.csv",
    true,
    [
      "id",
      "title",
      "aliases",
      "track",
      "rank",
      "summary",
      "comparable_to",
      "who_thrives",
      "manages_people",
    ],
    ["aliases", "comparable_to", "who_thrives", "manages_people"],
  ),
  sheet("role-items.csv", false, ["role", "kind", "text"]),
  sheet("skills.csv", false, ["role", "competency", "name", "description"]),
  sheet("expectations.csv", true, ["role", "mandatory"], ["mandatory"], "competencies"),
  sheet(
    "transitions.csv",
    false,
    ["from", "to", "kind", "min_years", "max_years", "notes"],
    ["min_years", "max_years", "notes"],
  ),
  sheet("entry-routes.csv", false, ["id", "name", "description"]),
  sheet("entry-roles.csv", false, ["route", "role", "note"], ["note"]),
  sheet(
    "entry-conditions.csv",
    false,
    ["route", "role", "mode", "fact", "at_least", "at_most"],
    ["role", "at_least", "at_most"],
  ),
  sheet("guidance.csv", false, ["id", "title", "body"]),
  sheet("migration.csv", false, ["kind", "from", "to"]),
] as const satisfies readonly CsvSheetLayout[];

/** The file name of one sheet, e.g. `roles.csv`. */
export type CsvFileName = (typeof csvLayout)[number]["file"];

/** The keys framework.csv may hold, each with the document field it fills. */
export const frameworkKeys = {
  id: ["id"],
  name: ["name"],
  version: ["version"],
  description: ["description"],
  span_of_control_min: ["spanOfControl", "min"],
  span_of_control_max: ["spanOfControl", "max"],
  migration_from_version: ["migration", "fromVersion"],
} as const;

/** The kinds of row in role-items.csv, each with the role field (a list of texts) it adds to. */
export const roleItemKinds = {
  "what-changes": "whatChanges",
  responsibility: "responsibilities",
  success: "success",
  "context-note": "contextNotes",
  "carries-over": "carriesOver",
} as const;

/** Separates several values in one cell (aliases, comparable roles, mandatory competencies). */
export const listSeparator = "|";

/** The column of competencies.csv holding the descriptor for a scale level, e.g. `level_3`. */
export function levelColumn(level: number | string): string {
  return `level_${level}`;
}
