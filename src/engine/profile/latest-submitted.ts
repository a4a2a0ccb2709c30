import type { Assessment, RaterKind } from "../types.ts";

const kindOrder: Record<RaterKind, number> = { manager: 0, self: 1, peer: 2 };

function timeOf(assessment: Assessment): number {
  const time = Date.parse(assessment.submittedAt ?? "");
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/** True when `a` was submitted after `b`; equal times fall back to the larger id, so ties never depend on input order. */
export function submittedAfter(a: Assessment, b: Assessment): boolean {
  const difference = timeOf(a) - timeOf(b);
  if (difference !== 0) return difference > 0;
  return a.id > b.id;
}

/** Orders assessments oldest first (ties by id), the order history is replayed in. */
export function bySubmission(a: Assessment, b: Assessment): number {
  if (a === b) return 0;
  return submittedAfter(a, b) ? 1 : -1;
}

/**
 * Each rater's latest submitted assessment of one person (drafts never count), ordered by rater
 * kind (manager, self, peer) then rater id so sums over them never depend on input order.
 *
 * @example latestSubmitted("person-1", assessments).map((a) => a.raterKind) // ["manager", "self"]
 */
export function latestSubmitted(
  personId: string,
  assessments: readonly Assessment[],
): Assessment[] {
  const latest = new Map<string, Assessment>();
  for (const assessment of assessments) {
    if (assessment.personId !== personId || assessment.submittedAt === null) continue;
    const key = `${assessment.raterKind}:${assessment.raterId}`;
    const current = latest.get(key);
    if (current === undefined || submittedAfter(assessment, current)) latest.set(key, assessment);
  }
  return [...latest.values()].sort(
    (a, b) =>
      kindOrder[a.raterKind] - kindOrder[b.raterKind] ||
      (a.raterId < b.raterId ? -1 : a.raterId > b.raterId ? 1 : 0),
  );
}
