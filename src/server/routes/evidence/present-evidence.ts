import type { z } from "@hono/zod-openapi";
import type { StoredEvidence } from "../../../storage/queries/evidence.ts";
import type { evidenceSchema } from "./schema.ts";

/** An evidence entry as the API shows it. */
export function presentEvidence(entry: StoredEvidence): z.infer<typeof evidenceSchema> {
  const { id, personId, date, title, competencies, visibility } = entry;
  return { id, personId, date, title, outcome: entry.outcome ?? null, competencies, visibility };
}
