import { descriptorCriteria } from "../level-descriptor.ts";
import type { ConditionSet, Framework, Role } from "../schema.ts";
import {
  type CsvFileName,
  csvLayout,
  levelColumn,
  listSeparator,
  roleItemKinds,
} from "./csv-layout.ts";
import { writeCsv } from "./write-csv.ts";

type Rows = string[][];

function header(file: CsvFileName): string[] {
  return [...(csvLayout.find((layout) => layout.file === file)?.columns ?? [])];
}

function cell(value: string | number | undefined): string {
  return value === undefined ? "" : String(value);
}

function frameworkRows(framework: Framework): Rows {
  const { spanOfControl, migration } = framework;
  const pairs: [string, string | number | undefined][] = [
    ["id", framework.id],
    ["name", framework.name],
    ["version", framework.version],
    ["description", framework.description],
    ["span_of_control_min", spanOfControl?.min],
    ["span_of_control_max", spanOfControl?.max],
    ["migration_from_version", migration?.fromVersion],
  ];
  const present = pairs.filter(([, value]) => value !== undefined);
  return [header("framework.csv"), ...present.map(([key, value]) => [key, cell(value)])];
}

function competencyRows(framework: Framework): Rows {
  const levels = framework.scale.map((step) => String(step.level));
  const columns = [...header("competencies.csv"), ...levels.map(levelColumn)];
  const rows = framework.competencies.map((c) => [
    c.id,
    c.name,
    c.area,
    c.description,
    ...levels.map((level) => cell(descriptorCriteria(c.levels[level]).join("\n") || undefined)),
  ]);
  return [columns, ...rows];
}

function growthRows(framework: Framework): Rows {
  const rows = framework.competencies.flatMap((c) =>
    Object.entries(c.growth).flatMap(([level, actions]) =>
      actions.map((action) => [c.id, level, action]),
    ),
  );
  return [header("growth.csv"), ...rows];
}

function roleRows(framework: Framework): Rows {
  const rows = framework.roles.map((r) => [
    r.id,
    r.title,
    r.aliases.join(listSeparator),
    r.track,
    String(r.rank),
    r.summary,
    r.comparableTo.join(listSeparator),
    cell(r.whoThrives),
    r.managesPeople === undefined ? "" : r.managesPeople ? "yes" : "no",
  ]);
  return [header("roles.csv"), ...rows];
}

function roleItemRows(framework: Framework): Rows {
  const kinds = Object.entries(roleItemKinds) as [string, keyof Role & string][];
  const rows = framework.roles.flatMap((role) =>
    kinds.flatMap(([kind, field]) =>
      (role[field] as string[]).map((text) => [role.id, kind, text]),
    ),
  );
  return [header("role-items.csv"), ...rows];
}

function skillRows(framework: Framework): Rows {
  const rows = framework.roles.flatMap((r) =>
    r.skillsToDevelop.map((s) => [r.id, s.competency, s.name, s.description]),
  );
  return [header("skills.csv"), ...rows];
}

function expectationRows(framework: Framework): Rows {
  const competencies = framework.competencies.map((c) => c.id);
  const rows = framework.roles.map((r) => [
    r.id,
    r.mandatory.join(listSeparator),
    ...competencies.map((id) => cell(r.expectations[id])),
  ]);
  return [[...header("expectations.csv"), ...competencies], ...rows];
}

function transitionRows(framework: Framework): Rows {
  const rows = framework.transitions.map((t) => [
    t.from,
    t.to,
    t.kind,
    cell(t.typicalDuration?.minYears),
    cell(t.typicalDuration?.maxYears),
    cell(t.notes),
  ]);
  return [header("transitions.csv"), ...rows];
}

function conditionRows(route: string, role: string, when: ConditionSet | undefined): Rows {
  const modes = ["all", "any"] as const;
  return modes.flatMap((mode) =>
    (when?.[mode] ?? []).map((c) => [route, role, mode, c.fact, cell(c.atLeast), cell(c.atMost)]),
  );
}

type EntrySheet = "entry-routes.csv" | "entry-roles.csv" | "entry-conditions.csv";

function entryRows(framework: Framework): Record<EntrySheet, Rows> {
  const routes = framework.entryRoutes;
  return {
    "entry-routes.csv": [
      header("entry-routes.csv"),
      ...routes.map((r) => [r.id, r.name, r.description]),
    ],
    "entry-roles.csv": [
      header("entry-roles.csv"),
      ...routes.flatMap((r) => r.enterAt.map((e) => [r.id, e.role, cell(e.note)])),
    ],
    "entry-conditions.csv": [
      header("entry-conditions.csv"),
      ...routes.flatMap((r) => [
        ...conditionRows(r.id, "", r.when),
        ...r.enterAt.flatMap((e) => conditionRows(r.id, e.role, e.when)),
      ]),
    ],
  };
}

function migrationRows(framework: Framework): Rows {
  const migration = framework.migration;
  const target = (to: string | string[] | null) =>
    to === null ? "" : typeof to === "string" ? to : to.join(listSeparator);
  const rows = [
    ...Object.entries(migration?.competencies ?? {}).map(([from, to]) => [
      "competency",
      from,
      target(to),
    ]),
    ...Object.entries(migration?.roles ?? {}).map(([from, to]) => ["role", from, target(to)]),
  ];
  return [header("migration.csv"), ...rows];
}

/**
 * Writes a framework as the sheets of the spreadsheet layout (see docs/framework-format.md), one
 * CSV text per file name; importing them back with `frameworkFromCsv` gives the same framework.
 *
 * @example const files = frameworkToCsv(framework); files["roles.csv"] // "id,title,aliases,...\n"
 */
export function frameworkToCsv(framework: Framework): Record<CsvFileName, string> {
  const sheets: Record<CsvFileName, Rows> = {
    "framework.csv": frameworkRows(framework),
    "scale.csv": [
      header("scale.csv"),
      ...framework.scale.map((s) => [String(s.level), s.label, s.description]),
    ],
    "competencies.csv": competencyRows(framework),
    "growth.csv": growthRows(framework),
    "tracks.csv": [
      header("tracks.csv"),
      ...framework.tracks.map((t) => [t.id, t.name, t.description]),
    ],
    "roles.csv": roleRows(framework),
    "role-items.csv": roleItemRows(framework),
    "skills.csv": skillRows(framework),
    "expectations.csv": expectationRows(framework),
    "transitions.csv": transitionRows(framework),
    ...entryRows(framework),
    "guidance.csv": [
      header("guidance.csv"),
      ...framework.guidance.map((g) => [g.id, g.title, g.body]),
    ],
    "migration.csv": migrationRows(framework),
  };
  const entries = Object.entries(sheets).map(([file, rows]) => [file, writeCsv(rows)]);
  return Object.fromEntries(entries) as Record<CsvFileName, string>;
}
