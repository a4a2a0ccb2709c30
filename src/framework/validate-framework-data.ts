import type { z } from "zod";
import { checkFramework } from "./check-framework.ts";
import type { IssueDraft } from "./framework-issue.ts";
import { repairData } from "./repair-data.ts";
import { type Framework, frameworkSchema } from "./schema.ts";
import { schemaIssues } from "./schema-issues.ts";

/** What plain framework data amounts to: the framework when sound, and every problem found. */
export interface ValidatedFrameworkData {
  framework: Framework | null;
  errors: IssueDraft[];
  warnings: IssueDraft[];
}

/** Lets a format prepare the data before the repair pass (e.g. stand-ins for empty cells). */
export type PrepareRepair = (
  data: unknown,
  issues: readonly z.core.$ZodIssue[],
) => { data: unknown; issues: readonly z.core.$ZodIssue[] };

/**
 * Validates parsed framework data (from YAML, JSON or spreadsheets) with the schema and every
 * semantic check. When the structure is wrong, what can safely go is set aside and the rest is
 * checked too, so one run reports every problem; each path is reported once.
 *
 * @example
 * const { framework, errors } = validateFrameworkData(YAML.parse(text));
 */
export function validateFrameworkData(
  data: unknown,
  prepareRepair: PrepareRepair = (raw, issues) => ({ data: raw, issues }),
): ValidatedFrameworkData {
  const parsed = frameworkSchema.safeParse(data, { reportInput: true });
  if (parsed.success) {
    const { errors, warnings } = checkFramework(parsed.data);
    return { framework: errors.length === 0 ? parsed.data : null, errors, warnings };
  }
  const structural = schemaIssues(parsed.error.issues);
  const prepared = prepareRepair(data, parsed.error.issues);
  const repaired = frameworkSchema.safeParse(repairData(prepared.data, prepared.issues));
  const seen = new Set(structural.map((draft) => JSON.stringify(draft.path)));
  const references = repaired.success
    ? checkFramework(repaired.data).errors.filter((draft) => !seen.has(JSON.stringify(draft.path)))
    : [];
  return { framework: null, errors: [...structural, ...references], warnings: [] };
}
