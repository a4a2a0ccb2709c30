import type { DiffNames } from "./diff-frameworks.ts";
import type { FieldChange } from "./field-changes.ts";

/** One changed field in words: what it is ("other titles") and what happened to it. */
export interface FieldWording {
  label: string;
  detail: string;
}

/** Plain labels for the fields of roles and competencies. */
const labels: Record<string, string> = {
  name: "name",
  title: "title",
  area: "area",
  description: "description",
  levels: "level descriptions",
  growth: "growth actions",
  aliases: "other titles",
  track: "track",
  rank: "place on the track",
  summary: "summary",
  whatChanges: "what changes",
  responsibilities: "responsibilities",
  success: "what success looks like",
  skillsToDevelop: "skills to develop",
  mandatory: "must-have competencies",
  contextNotes: "context notes",
  managesPeople: "manages people",
  comparableTo: "comparable roles",
  whoThrives: "who thrives",
  carriesOver: "skills that carry over",
};

/** Fields whose values are ids, and where their names are found. */
const idFields: Record<string, keyof DiffNames> = {
  track: "tracks",
  mandatory: "competencies",
  comparableTo: "roles",
};

const longest = 60;

function shortened(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > longest ? `${flat.slice(0, longest - 1).trimEnd()}…` : flat;
}

function quoted(text: string): string {
  return `“${shortened(text)}”`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A camelCase field name nobody labelled yet, as words: `whoThrives` -> "who thrives". */
function words(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}

/** The label of a dotted field: `aliases` -> "other titles", `levels.3` -> "level 3 description". */
export function fieldLabel(field: string): string {
  const [head = field, key] = field.split(".", 2);
  if (key !== undefined && /^[0-9]+$/.test(key)) {
    if (head === "levels") return `level ${key} description`;
    if (head === "growth") return `growth actions for level ${key}`;
  }
  const label = labels[head] ?? words(head);
  return key === undefined ? label : `${label}: ${words(key)}`;
}

/** One value as readable text: ids as names, strings quoted and shortened, yes/no, never JSON. */
function valueText(value: unknown, names: Record<string, string> | undefined): string {
  if (value === null || value === undefined) return "not set";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return names?.[value] ?? quoted(value);
  if (Array.isArray(value))
    return value.length === 0 ? "none" : value.map((item) => valueText(item, names)).join(", ");
  if (isPlainObject(value)) {
    const named = value.name ?? value.title;
    return typeof named === "string" ? quoted(named) : "an entry";
  }
  return "a value";
}

/** Up to three entries as text, then how many more: a long list stays one readable line. */
function entries(items: unknown[], names?: Record<string, string>): string {
  const shown = items.slice(0, 3).map((item) => valueText(item, names));
  const more = items.length - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ");
}

/** The entries of `list` left once each entry of `other` took away one equal entry. */
function without(list: unknown[], other: unknown[]): unknown[] {
  const left = new Map<string, number>();
  for (const item of other)
    left.set(JSON.stringify(item), (left.get(JSON.stringify(item)) ?? 0) + 1);
  return list.filter((item) => {
    const count = left.get(JSON.stringify(item)) ?? 0;
    left.set(JSON.stringify(item), count - 1);
    return count <= 0;
  });
}

function listDetail(before: unknown[], after: unknown[], names?: Record<string, string>): string {
  const added = without(after, before);
  const removed = without(before, after);
  const parts = [
    added.length > 0 ? `added: ${entries(added, names)}` : "",
    removed.length > 0 ? `removed: ${entries(removed, names)}` : "",
  ].filter(Boolean);
  return parts.length > 0 ? parts.join("; ") : "same entries, new order";
}

function detail(from: unknown, to: unknown, names?: Record<string, string>): string {
  const none = (value: unknown) => value === null || value === undefined;
  if (Array.isArray(from) && Array.isArray(to)) return listDetail(from, to, names);
  if (Array.isArray(from) && none(to)) return listDetail(from, [], names);
  if (none(from) && Array.isArray(to)) return listDetail([], to, names);
  if (none(from)) return `set to ${valueText(to, names)}`;
  if (none(to)) return `removed (was ${valueText(from, names)})`;
  return `now ${valueText(to, names)} (was ${valueText(from, names)})`;
}

/**
 * A field change in a product manager's words: a plain label, and the values as text instead of
 * JSON — lists as what was added and removed, ids as names, long text shortened. A whole map that
 * appeared or went (e.g. every level description) becomes one line per entry.
 *
 * @example describeFieldChange({ field: "aliases", from: [], to: ["PM"] }, names)
 * // [{ label: "other titles", detail: "added: “PM”" }]
 */
export function describeFieldChange(
  change: Partial<FieldChange> & Pick<FieldChange, "field">,
  names: DiffNames,
): FieldWording[] {
  const { field, from, to } = change;
  if (isPlainObject(from) || isPlainObject(to)) {
    const before = isPlainObject(from) ? from : {};
    const after = isPlainObject(to) ? to : {};
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys
      .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      .map((key) => ({
        label: fieldLabel(`${field}.${key}`),
        detail: key in after ? (key in before ? "changed" : "added") : "removed",
      }));
  }
  const idNames = idFields[field.split(".")[0] ?? field];
  return [{ label: fieldLabel(field), detail: detail(from, to, idNames && names[idNames]) }];
}
