import type { Framework } from "../../framework/schema.ts";

/** One stored framework version: its document and, when stored, the version row's id. */
export interface LineageStep {
  versionId: string | null;
  framework: Framework;
}

/**
 * The published framework and the versions its history comes from, newest first: each step is
 * the version the one before it migrates from. Assessments on any other version never count.
 */
export interface FrameworkLineage {
  steps: LineageStep[];
}

function compareSemver(a: string, b: string): number {
  const parts = (version: string) =>
    (version.split("-")[0] ?? "").split(".").map((part) => Number(part));
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i += 1) {
    const difference = (x[i] ?? 0) - (y[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The version a framework's history comes from, among the stored ones, or undefined. */
function predecessorOf(step: LineageStep, stored: readonly LineageStep[]): LineageStep | undefined {
  const { framework } = step;
  const migration = framework.migration;
  if (migration !== undefined) {
    const fromId = migration.fromFramework ?? framework.id;
    return stored.find(
      (other) => other.framework.id === fromId && other.framework.version === migration.fromVersion,
    );
  }
  // Without a mapping, history continues only within the same framework id, from the version
  // just below this one: another framework starts with no history.
  let best: LineageStep | undefined;
  for (const other of stored) {
    if (other.framework.id !== framework.id) continue;
    if (compareSemver(other.framework.version, framework.version) >= 0) continue;
    if (best === undefined || compareSemver(other.framework.version, best.framework.version) > 0)
      best = other;
  }
  return best;
}

/**
 * The lineage of a published framework among an organisation's stored versions: the published
 * one, then the version its `migration.fromVersion` names (in `migration.fromFramework`, or the
 * same framework id), and so on; a version without a mapping continues from the closest earlier
 * version of the same framework id. A framework with another id and no mapping starts alone.
 *
 * @example frameworkLineage(published, stored).steps.map((s) => s.framework.version)
 * // ["2.0.0", "1.1.0", "1.0.0"]
 */
export function frameworkLineage(
  published: LineageStep,
  stored: readonly LineageStep[],
): FrameworkLineage {
  const steps = [published];
  const seen = new Set([`${published.framework.id}@${published.framework.version}`]);
  for (;;) {
    const last = steps[steps.length - 1] as LineageStep;
    const previous = predecessorOf(last, stored);
    if (previous === undefined) break;
    const key = `${previous.framework.id}@${previous.framework.version}`;
    if (seen.has(key)) break;
    seen.add(key);
    steps.push(previous);
  }
  return { steps };
}

/** A lineage of one framework with no earlier versions. */
export function singleVersionLineage(framework: Framework, versionId: string | null = null) {
  return { steps: [{ versionId, framework }] } satisfies FrameworkLineage;
}
