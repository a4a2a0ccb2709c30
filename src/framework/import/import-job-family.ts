import type { FrameworkIssue } from "../framework-issue.ts";
import type { LadderCompetency, LadderLevel } from "./build-minimal-ladder.ts";
import { finishLadder } from "./finish-ladder.ts";
import type { Assumption, FrameworkShape, ImportResult } from "./import-result.ts";
import { issueAt } from "./import-result.ts";
import {
  areaHeaders,
  competencyHeaders,
  headerKey,
  proficiencyHeaders,
} from "./read-level-header.ts";
import type { Table } from "./table.ts";

const levelHeaders = ["level", "job level", "role", "title", "job title", "position", "grade"];
const textHeaders = [
  "text",
  "description",
  "expectation",
  "expectations",
  "behaviours",
  "behaviors",
  "responsibility",
  "responsibilities",
  "what it looks like",
];

/** Common proficiency names, from least to most proficient. */
const knownOrder = [
  ["awareness", "aware", "novice", "beginner", "basic", "foundational", "foundation", "learning"],
  ["developing", "emerging", "working", "practising", "practicing"],
  ["intermediate", "competent", "capable"],
  ["proficient", "skilled", "accomplished", "strong"],
  ["advanced"],
  ["expert"],
  ["mastery", "master", "leading", "exemplary", "distinguished", "role model", "shaping"],
];
const knownRank = (name: string) =>
  knownOrder.findIndex((names) => names.includes(name.toLowerCase()));

const columnsHint =
  "A job-family sheet has one row per job level and theme, with columns Level, Theme, Proficiency and Text (optional Area); the proficiency names (e.g. Developing, Proficient, Expert) become the scale.";

/**
 * Imports a job-family table: each job level × theme has one text and a named proficiency. The
 * proficiency names become the scale (in their usual order when they are common names, else by
 * the levels that use them); each theme's first text at a proficiency becomes its descriptor, and
 * a different text for the same step is kept as that level's responsibility.
 *
 * @example importJobFamily(table, "job-family-csv")
 */
export function importJobFamily(table: Table, shape: FrameworkShape): ImportResult {
  const issues: FrameworkIssue[] = [];
  const assumed: Assumption[] = [];
  const header = table.rows[0];
  const cells = header?.cells ?? [];
  const find = (names: string[]) => {
    const index = cells.findIndex((cell) => names.includes(headerKey(cell)));
    return index < 0 ? null : index;
  };
  const columns = {
    level: find(levelHeaders),
    theme: find(competencyHeaders),
    proficiency: find(proficiencyHeaders),
    text: find(textHeaders),
    area: find(areaHeaders),
  };
  const missing = (["level", "theme", "proficiency", "text"] as const).filter(
    (key) => columns[key] === null,
  );
  if (missing.length > 0) {
    return {
      ok: false,
      shape,
      issues: [
        issueAt(
          table.file,
          { line: header?.row ?? 1 },
          "job-family-columns",
          `the first row has no ${missing.join(", ")} column`,
          columnsHint,
        ),
      ],
    };
  }
  const levelTitles: string[] = [];
  const themes: { name: string; area?: string; row: number }[] = [];
  const rows: { row: number; level: number; theme: number; proficiency: string; text: string }[] =
    [];
  const seenPairs = new Map<string, number>();
  for (const record of table.rows.slice(1)) {
    const cell = (index: number | null) => (index === null ? "" : (record.cells[index] ?? ""));
    const values = {
      level: cell(columns.level),
      theme: cell(columns.theme),
      proficiency: cell(columns.proficiency),
      text: cell(columns.text),
    };
    const empty = (Object.keys(values) as (keyof typeof values)[]).filter(
      (key) => values[key] === "",
    );
    if (empty.length > 0) {
      const first = empty[0] ?? "level";
      issues.push(
        issueAt(
          table.file,
          { line: record.row, column: (columns[first] ?? 0) + 1 },
          "job-family-cell",
          `this row has no ${empty.join(", ")}`,
          "Fill the cell, or delete the row: each row gives one job level's text and proficiency for one theme.",
        ),
      );
      continue;
    }
    let level = levelTitles.findIndex(
      (title) => title.toLowerCase() === values.level.toLowerCase(),
    );
    if (level < 0) level = levelTitles.push(values.level) - 1;
    let theme = themes.findIndex((t) => t.name.toLowerCase() === values.theme.toLowerCase());
    if (theme < 0) {
      const area = cell(columns.area);
      theme = themes.push({ name: values.theme, ...(area ? { area } : {}), row: record.row }) - 1;
    }
    const pair = `${level}:${theme}`;
    const earlier = seenPairs.get(pair);
    if (earlier !== undefined) {
      issues.push(
        issueAt(
          table.file,
          { line: record.row, column: (columns.theme ?? 0) + 1 },
          "job-family-duplicate",
          `${values.level} × ${values.theme} is already given on row ${earlier}`,
          "Keep one row per job level and theme; merge the two texts into one cell.",
        ),
      );
      continue;
    }
    seenPairs.set(pair, record.row);
    rows.push({
      row: record.row,
      level,
      theme,
      proficiency: values.proficiency,
      text: values.text,
    });
  }

  // The scale: the proficiency names, least proficient first.
  const names: string[] = [];
  const levelSum = new Map<string, number[]>();
  for (const row of rows) {
    const key = row.proficiency.toLowerCase();
    if (!levelSum.has(key)) {
      names.push(row.proficiency);
      levelSum.set(key, []);
    }
    levelSum.get(key)?.push(row.level);
  }
  const mean = (name: string) => {
    const list = levelSum.get(name.toLowerCase()) ?? [0];
    return list.reduce((sum, n) => sum + n, 0) / list.length;
  };
  const allKnown = names.every((name) => knownRank(name) >= 0);
  names.sort((a, b) => (allKnown ? knownRank(a) - knownRank(b) : 0) || mean(a) - mean(b));
  if (issues.length === 0 && (names.length < 2 || names.length > 9)) {
    issues.push(
      issueAt(
        table.file,
        { line: header?.row ?? 1, column: (columns.proficiency ?? 0) + 1 },
        "proficiency-count",
        `the Proficiency column uses ${names.length} name${names.length === 1 ? "" : "s"}; the scale needs two to nine`,
        columnsHint,
      ),
    );
  }
  if (issues.length > 0) return { ok: false, shape, issues };
  assumed.push(
    allKnown
      ? `The proficiency names became the scale in their usual order: ${names.join(", ")}.`
      : `The proficiency names became the scale, ordered by the job levels that use them: ${names.join(", ")}.`,
  );
  const step = (name: string) => names.findIndex((n) => n.toLowerCase() === name.toLowerCase());

  const competencies: LadderCompetency[] = themes.map((theme) => ({
    name: theme.name,
    ...(theme.area ? { area: theme.area } : {}),
    descriptors: names.map(() => undefined),
  }));
  const levels: LadderLevel[] = levelTitles.map((title) => ({
    title,
    responsibilities: [],
    expectations: themes.map(() => undefined),
  }));
  let kept = 0;
  for (const row of rows) {
    const at = step(row.proficiency);
    const competency = competencies[row.theme];
    const level = levels[row.level];
    if (!competency || !level) continue;
    const descriptor = competency.descriptors[at];
    if (descriptor === undefined) competency.descriptors[at] = [row.text];
    else if (descriptor[0] !== row.text) {
      level.responsibilities?.push(`${competency.name}: ${row.text}`);
      kept += 1;
    }
    if (level.expectations) level.expectations[row.theme] = at + 1;
  }
  if (kept > 0) {
    assumed.push(
      `${kept} text${kept === 1 ? "" : "s"} repeating a proficiency already described for the same theme became the job level's responsibilities.`,
    );
  }
  let carried = 0;
  levels.forEach((level, index) => {
    themes.forEach((_, theme) => {
      if (!level.expectations || level.expectations[theme] !== undefined) return;
      level.expectations[theme] = levels[index - 1]?.expectations?.[theme] ?? 1;
      carried += 1;
    });
  });
  if (carried > 0) {
    assumed.push(
      `${carried} job level × theme pair${carried === 1 ? " was" : "s were"} missing and expect what the level below expects (or the first step).`,
    );
  }
  assumed.push("The job levels were read in the order they first appear, the most junior first.");
  return finishLadder(
    shape,
    {
      file: table.file,
      meta: {},
      levels,
      scale: names.map((label) => ({ label })),
      competencies,
    },
    (path) => {
      const index = typeof path[1] === "number" ? path[1] : -1;
      const theme = path[0] === "competencies" ? themes[index] : undefined;
      return theme ? { line: theme.row, column: (columns.theme ?? 0) + 1 } : null;
    },
    assumed,
  );
}
