import type { RoleFit } from "../api/types.ts";
import "./readiness.css";

/** How each readiness reads in a tag. */
export const readinessWords: Record<RoleFit["readiness"], string> = {
  ready: "Ready",
  close: "Close",
  stretch: "A stretch",
};

/**
 * A person's readiness for a role as a tag in the readiness colours (design tokens).
 *
 * @example
 * <ReadinessTag readiness={fit.readiness} />
 */
export function ReadinessTag({ readiness }: { readiness: RoleFit["readiness"] }) {
  return <span className={`tag readiness-tag-${readiness}`}>{readinessWords[readiness]}</span>;
}
