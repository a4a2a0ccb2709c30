import type { Competency, Framework, Role, ScaleLevel, Track } from "./schema.ts";

/** Lookups by id over a framework, for renderers that name things as people read them. */
export interface FrameworkIndex {
  competency(id: string): Competency | undefined;
  role(id: string): Role | undefined;
  track(id: string): Track | undefined;
  level(level: number): ScaleLevel | undefined;
  /** The competency's name, or its id when it is not declared. */
  competencyName(id: string): string;
  /** The role's title, or its id when it is not declared. */
  roleTitle(id: string): string;
}

/** Builds lookups by id for a framework's competencies, roles, tracks and scale levels. */
export function indexFramework(framework: Framework): FrameworkIndex {
  const competencies = new Map(framework.competencies.map((c) => [c.id, c]));
  const roles = new Map(framework.roles.map((r) => [r.id, r]));
  const tracks = new Map(framework.tracks.map((t) => [t.id as string, t]));
  const levels = new Map(framework.scale.map((s) => [s.level, s]));
  return {
    competency: (id) => competencies.get(id),
    role: (id) => roles.get(id),
    track: (id) => tracks.get(id),
    level: (level) => levels.get(level),
    competencyName: (id) => competencies.get(id)?.name ?? id,
    roleTitle: (id) => roles.get(id)?.title ?? id,
  };
}
