import type { Framework } from "../framework/schema.ts";

/** A role's title, or its id when the framework no longer has it. */
export function roleTitle(framework: Framework, roleId: string | null): string {
  if (roleId === null) return "no role yet";
  return framework.roles.find((role) => role.id === roleId)?.title ?? roleId;
}

/** A competency's name, or its id when the framework no longer has it. */
export function competencyName(framework: Framework, competencyId: string | null): string {
  if (competencyId === null) return "";
  return framework.competencies.find((item) => item.id === competencyId)?.name ?? competencyId;
}

/** A track's name, or its id. */
export function trackName(framework: Framework, trackId: string): string {
  return framework.tracks.find((track) => track.id === trackId)?.name ?? trackId;
}

/** A fit in [0, 1] as a whole percentage, e.g. "83%". */
export function percent(fit: number): string {
  return `${Math.round(fit * 100)}%`;
}
