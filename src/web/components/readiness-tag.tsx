import { readinessWords } from "../../engine/words.ts";
import type { RoleFit } from "../api/types.ts";
import "./readiness.css";

/**
 * A person's readiness for a role as a tag in the readiness colours (design tokens), saying
 * "low confidence" when the verdict rests on a self-assessment alone or on raters who disagree.
 *
 * @example
 * <ReadinessTag readiness={fit.readiness} lowConfidence={fit.lowConfidence} />
 */
export function ReadinessTag({
  readiness,
  lowConfidence,
}: {
  readiness: RoleFit["readiness"];
  lowConfidence?: boolean | undefined;
}) {
  return (
    <span className={`tag readiness-tag-${readiness}`}>
      {readinessWords[readiness]}
      {lowConfidence ? " · low confidence" : ""}
    </span>
  );
}
