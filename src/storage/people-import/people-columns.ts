import type { PeopleCsvRow } from "./import-problem.ts";

/** The fields of a people file, in the order the template lists them. */
export type PeopleField = Exclude<keyof PeopleCsvRow, "row">;

/** Each field's column name as written in the template, and the other spellings accepted. */
export const peopleColumns: Record<
  PeopleField,
  { header: string; required: boolean; also: string[] }
> = {
  name: { header: "name", required: true, also: ["full name", "employee name", "display name"] },
  email: { header: "email", required: true, also: ["e mail", "email address", "work email"] },
  jobTitle: { header: "job title", required: true, also: ["title", "position", "job"] },
  // Written by Pathways' own people export; when filled it names the role outright.
  roleId: { header: "role id", required: false, also: [] },
  managerEmail: {
    header: "manager email",
    required: false,
    also: ["manager e mail", "manager", "reports to", "reports to email", "supervisor email"],
  },
  team: { header: "team", required: false, also: ["team name", "department"] },
  startDate: {
    header: "start date",
    required: false,
    also: ["hire date", "started", "date started", "startdate"],
  },
};

/** The expected columns as one readable list, for error hints. */
export const expectedColumns = Object.values(peopleColumns)
  .map((column) => (column.required ? column.header : `${column.header} (optional)`))
  .join(", ");

/** A header cell in the form it is compared in: "Job_Title" and "job-title" become "job title". */
export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const byKey = new Map<string, PeopleField>();
for (const [field, column] of Object.entries(peopleColumns) as [
  PeopleField,
  (typeof peopleColumns)[PeopleField],
][]) {
  for (const name of [column.header, ...column.also]) byKey.set(headerKey(name), field);
}

/** The field a header cell names, or null when it names none. */
export function fieldOfHeader(header: string): PeopleField | null {
  return byKey.get(headerKey(header)) ?? null;
}
