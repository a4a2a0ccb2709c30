import type { Framework } from "../api/types.ts";
import { idFromName } from "./id-from-name.ts";

/**
 * A draft with a new competency at the end, its id made from its name. Its description and what
 * each level of the scale looks like start blank, so the draft shows each as a problem beside
 * its field until written; no role expects it yet.
 *
 * @example addCompetency(doc, { name: "Pricing", area: "Business" }).index
 */
export function addCompetency(
  doc: Framework,
  named: { name: string; area: string },
): { document: Framework; index: number } {
  const competency: Framework["competencies"][number] = {
    id: idFromName(
      named.name,
      doc.competencies.map((c) => c.id),
      "competency",
    ),
    name: named.name.trim(),
    area: named.area.trim(),
    description: "",
    levels: Object.fromEntries(doc.scale.map((step) => [String(step.level), ""])),
    growth: {},
  };
  return {
    document: { ...doc, competencies: [...doc.competencies, competency] },
    index: doc.competencies.length,
  };
}
