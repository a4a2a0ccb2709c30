import { z } from "zod";
import { currentRoleFit } from "../../engine/fit/current-role-fit.ts";
import { roleFit } from "../../engine/fit/role-fit.ts";
import type { Framework } from "../../framework/schema.ts";
import type { ProfileRead } from "../profile-read-schema.ts";

const fitSchema = z.object({
  roleId: z.string(),
  fit: z.number(),
  readiness: z.enum(["ready", "close", "stretch"]),
  reason: z.string(),
});

/** What a cycle keeps of a person when it closes: their profile in short and their readiness. */
export const cycleSnapshotContentSchema = z.object({
  frameworkVersion: z.string(),
  /** The role the person held when the cycle closed. */
  roleId: z.string().nullable(),
  /** Per competency, the aggregated level (null when unrated) and how sure it is. */
  competencies: z.record(
    z.string(),
    z.object({
      level: z.number().nullable(),
      confidenceLevel: z.enum(["high", "medium", "low"]),
    }),
  ),
  /** Readiness for the role held, and for the role they were working towards. */
  current: fitSchema.nullable(),
  next: fitSchema.nullable(),
});

/** A snapshot's content, as stored (JSON) and read back. */
export type CycleSnapshotContent = z.infer<typeof cycleSnapshotContentSchema>;

const knows = (framework: Framework, roleId: string | null | undefined): roleId is string =>
  roleId != null && framework.roles.some((role) => role.id === roleId);

/**
 * A person's snapshot from their profile as the engine reads it: levels and confidence per
 * competency, the fit for the role they hold (never "a stretch") and for their next role.
 *
 * @example
 * cycleSnapshotContent(framework, "1.2.0", { roleId: "pm" }, profile).next?.readiness; // "close"
 */
export function cycleSnapshotContent(
  framework: Framework,
  frameworkVersion: string,
  person: { roleId: string | null },
  profile: ProfileRead,
): CycleSnapshotContent {
  const fitFor = (roleId: string, current: boolean) => {
    const fit = roleFit(framework, profile, roleId);
    const read = current ? currentRoleFit(framework, fit) : fit;
    return { roleId, fit: read.fit, readiness: read.readiness, reason: read.reason };
  };
  const nextRoleId = profile.nextRole?.roleId;
  return {
    frameworkVersion,
    roleId: person.roleId,
    competencies: Object.fromEntries(
      Object.entries(profile.competencies).map(([id, score]) => [
        id,
        { level: score.level, confidenceLevel: score.confidenceLevel },
      ]),
    ),
    current: knows(framework, person.roleId) ? fitFor(person.roleId, true) : null,
    next: knows(framework, nextRoleId) ? fitFor(nextRoleId, false) : null,
  };
}
