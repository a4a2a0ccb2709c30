import type { Framework } from "../../framework/schema.ts";
import { joinWords } from "../words.ts";
import type { CarriedAssessments } from "./carry-assessments.ts";

/**
 * What a person's profile rests on across framework versions, in words: ratings carried over,
 * left out for another scale, or left out because they belong to another framework; null when
 * every assessment was made against the published version (or there are none).
 *
 * @example describeCarriedHistory(framework, carried)
 * // "Ratings made against version 1.0.0 carry over into 2.0.0 through its migration mapping."
 */
export function describeCarriedHistory(
  framework: Framework,
  carried: Pick<
    CarriedAssessments,
    "carriedForward" | "carriedFrom" | "leftOutForScale" | "outsideLineage"
  >,
): string | null {
  const parts: string[] = [];
  if (carried.carriedForward > 0) {
    const versions = carried.carriedFrom;
    parts.push(
      `Ratings made against version${versions.length === 1 ? "" : "s"} ${joinWords(versions)} carry over into ${framework.version} through its migration mapping.`,
    );
  }
  if (carried.leftOutForScale > 0) {
    const count = carried.leftOutForScale;
    parts.push(
      `${count === 1 ? "One earlier assessment is" : `${count} earlier assessments are`} left out: ${count === 1 ? "it was" : "they were"} rated on another scale and ${framework.version} gives no level mapping.`,
    );
  }
  if (carried.outsideLineage > 0) {
    const count = carried.outsideLineage;
    parts.push(
      `${count === 1 ? "One assessment" : `${count} assessments`} made against another framework ${count === 1 ? "is" : "are"} left out: ${framework.name} starts without ${count === 1 ? "its" : "their"} ratings.`,
    );
  }
  return parts.length === 0 ? null : parts.join(" ");
}
