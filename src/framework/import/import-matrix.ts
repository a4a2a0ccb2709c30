import type { FrameworkIssue } from "../framework-issue.ts";
import type { LadderCompetency, LadderLevel } from "./build-minimal-ladder.ts";
import { columnLetters } from "./column-letters.ts";
import { finishLadder } from "./finish-ladder.ts";
import type { Assumption, FrameworkShape, ImportResult } from "./import-result.ts";
import { issueAt } from "./import-result.ts";
import {
  areaHeaders,
  competencyHeaders,
  descriptionHeaders,
  headerKey,
  readLevelHeader,
} from "./read-level-header.ts";
import type { Table } from "./table.ts";

const layoutHint =
  "Lay the sheet out as one row per competency (or per criterion) and one column per level, most junior first: a first column headed Competency, optional Area and Description columns, then one column per level headed by its name (Level 1, L3, Senior PM …).";

/** The columns of a matrix sheet: which one names the competency, its area, its description, and the levels. */
interface MatrixColumns {
  competency: number;
  area: number | null;
  description: number | null;
  levels: { column: number; title: string; number: number | null }[];
}

function readColumns(table: Table, assumed: Assumption[], issues: FrameworkIssue[]): MatrixColumns {
  const header = table.rows[0];
  const cells = header?.cells ?? [];
  const find = (names: string[]) => {
    const index = cells.findIndex((cell) => names.includes(headerKey(cell)));
    return index < 0 ? null : index;
  };
  let competency = find(competencyHeaders);
  if (competency === null) {
    competency = 0;
    assumed.push(
      `No column is headed Competency, so the first column (${cells[0] || "A"}) names the competencies.`,
    );
  }
  const area = find(areaHeaders);
  const description = find(descriptionHeaders);
  const levels: MatrixColumns["levels"] = [];
  const widest = Math.max(...table.rows.map((row) => row.cells.length));
  for (let column = 0; column < widest; column += 1) {
    if (column === competency || column === area || column === description) continue;
    const text = cells[column] ?? "";
    if (text === "") {
      const used = table.rows.slice(1).find((row) => (row.cells[column] ?? "") !== "");
      if (used) {
        issues.push(
          issueAt(
            table.file,
            { line: header?.row ?? 1, column: column + 1 },
            "level-header-missing",
            `column ${columnLetters(column + 1)} holds text but has no heading, so its level is unknown`,
            "Head every level column with the level's name (Level 1, L3, Senior PM …) in the first row, or delete the column.",
          ),
        );
      }
      continue;
    }
    levels.push({ column, ...readLevelHeader(text) });
  }
  return { competency, area, description, levels };
}

/** Puts the level columns in order, most junior first, and refuses duplicates and odd counts. */
function orderLevels(
  table: Table,
  columns: MatrixColumns,
  assumed: Assumption[],
  issues: FrameworkIssue[],
): void {
  const row = table.rows[0]?.row ?? 1;
  const { levels } = columns;
  const seen = new Map<string, number>();
  for (const level of levels) {
    const key = level.title.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push(
        issueAt(
          table.file,
          { line: row, column: level.column + 1 },
          "duplicate-level",
          `columns ${columnLetters(first + 1)} and ${columnLetters(level.column + 1)} are both headed "${level.title}"`,
          "Give each level one column; put a level's several criteria on rows of their own under the same competency.",
        ),
      );
    } else seen.set(key, level.column);
  }
  if (levels.length < 2 || levels.length > 9) {
    issues.push(
      issueAt(
        table.file,
        { line: row, column: 1 },
        "level-count",
        levels.length < 2
          ? `the first row names ${levels.length === 0 ? "no level" : "only one level"}; a ladder needs at least two`
          : `the first row names ${levels.length} levels; a ladder here has at most nine`,
        levels.length < 2
          ? layoutHint
          : "Keep one ladder per sheet, or merge neighbouring levels: the scale has at most nine steps.",
      ),
    );
  }
  const numbers = levels.map((level) => level.number);
  if (numbers.every((n) => n !== null) && numbers.length > 1) {
    const descending = numbers.every((n, i) => i === 0 || (n ?? 0) < (numbers[i - 1] ?? 0));
    if (descending) {
      levels.reverse();
      assumed.push("The level columns run from senior to junior, so they were read right to left.");
      return;
    }
  }
  assumed.push("The level columns were read left to right, the most junior first.");
}

/**
 * Imports a one-sheet ladder: one row per competency (or per criterion, the competency repeated or
 * left blank), one column per level, optional Area and Description columns. Ids are made from
 * names, level headings such as "Level 1", "level_1", "L3" or "Senior PM" are recognised, and the
 * minimal ladder fills the rest, each filled item listed.
 *
 * @example importMatrix(table, "matrix-csv") // { ok: true, framework, assumed: ["…"] }
 */
export function importMatrix(table: Table, shape: FrameworkShape): ImportResult {
  const assumed: Assumption[] = [];
  const issues: FrameworkIssue[] = [];
  if (table.rows.length < 2) {
    const message =
      table.rows.length === 0
        ? "the sheet is empty"
        : "the sheet has a heading row but no competencies";
    return {
      ok: false,
      shape,
      issues: [issueAt(table.file, { line: 1 }, "no-rows", message, layoutHint)],
    };
  }
  const columns = readColumns(table, assumed, issues);
  orderLevels(table, columns, assumed, issues);
  const byName = new Map<string, { competency: LadderCompetency; row: number }>();
  let current: { competency: LadderCompetency; row: number } | null = null;
  for (const record of table.rows.slice(1)) {
    const cell = (index: number | null) => (index === null ? "" : (record.cells[index] ?? ""));
    const name = cell(columns.competency);
    if (name === "" && current === null) {
      issues.push(
        issueAt(
          table.file,
          { line: record.row, column: columns.competency + 1 },
          "competency-name-missing",
          "this row has criteria but no competency name",
          "Write the competency's name in this row's first cell; rows below it with an empty name add criteria to it.",
        ),
      );
      continue;
    }
    if (name !== "") {
      const key = name.toLowerCase();
      current = byName.get(key) ?? {
        competency: { name, descriptors: columns.levels.map(() => []) },
        row: record.row,
      };
      byName.set(key, current);
    }
    if (!current) continue;
    const competency = current.competency;
    competency.area ??= cell(columns.area) || undefined;
    competency.description ??= cell(columns.description) || undefined;
    columns.levels.forEach((level, index) => {
      const text = cell(level.column);
      const criteria = competency.descriptors[index];
      if (text === "" || !criteria) return;
      if (criteria.length === 7) {
        issues.push(
          issueAt(
            table.file,
            { line: record.row, column: level.column + 1 },
            "too-many-criteria",
            `${competency.name} has more than seven criteria for ${level.title}`,
            "Merge related criteria into one cell: a level is described by one to seven observable criteria.",
          ),
        );
      } else criteria.push(text);
    });
  }
  if (byName.size === 0 && issues.length === 0) {
    issues.push(
      issueAt(table.file, { line: 2 }, "no-rows", "no row names a competency", layoutHint),
    );
  }
  if (issues.length > 0)
    return {
      ok: false,
      shape,
      issues: issues.sort(
        (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
      ),
    };

  const entries = [...byName.values()];
  const levels: LadderLevel[] = columns.levels.map((level) => ({ title: level.title }));
  const headerRow = table.rows[0]?.row ?? 1;
  return finishLadder(
    shape,
    {
      file: table.file,
      meta: {},
      levels,
      competencies: entries.map((entry) => entry.competency),
    },
    (path) => {
      const index = typeof path[1] === "number" ? path[1] : -1;
      if (path[0] === "competencies" && entries[index]) {
        const step = path[2] === "levels" ? Number(path[3]) - 1 : -1;
        const column = columns.levels[step]?.column ?? columns.competency;
        return { line: entries[index].row, column: column + 1 };
      }
      if (path[0] === "roles" && columns.levels[index]) {
        return { line: headerRow, column: (columns.levels[index]?.column ?? 0) + 1 };
      }
      return null;
    },
    assumed,
  );
}
