import type { Framework, Profile } from "../api/types.ts";
import type { RadarAxis, RadarSeries } from "./radar-series.ts";

/** What the radar chart draws: spokes and outlines. */
export interface RadarData {
  axes: RadarAxis[];
  series: RadarSeries[];
}

function roleSeries(
  framework: Framework,
  roleId: string | null,
  prefix: string,
  axes: RadarAxis[],
  personName: string | undefined,
) {
  const role = framework.roles.find((candidate) => candidate.id === roleId);
  if (!role) return [];
  return [
    {
      id: `${prefix}-${role.id}`,
      name: `${prefix === "current" ? (personName ? "Their role" : "Your role") : "Next role"}: ${role.title}`,
      dashed: true,
      values: axes.map((axis) => role.expectations[axis.id] ?? null),
    },
  ];
}

/**
 * Arranges a profile for the radar chart: the combined picture, the self and manager views when
 * both exist, and the expectations of the current and next role, one value per competency. With
 * `personName`, the names speak about that person ("Ava's view"), never "your own view".
 *
 * @example
 * const { axes, series } = radarData({ framework, profile, currentRoleId: "pm", nextRoleId: "senior-pm" });
 */
export function radarData(options: {
  framework: Framework;
  profile: Profile;
  currentRoleId: string | null;
  nextRoleId: string | null;
  personName?: string;
}): RadarData {
  const { framework, profile, personName } = options;
  const axes = framework.competencies.map((c) => ({ id: c.id, label: c.name }));
  const score = (id: string) => profile.competencies[id];
  const series: RadarSeries[] = [
    {
      id: "me",
      name: personName ? `${personName} (all views combined)` : "You (all views combined)",
      dashed: false,
      values: axes.map((axis) => score(axis.id)?.level ?? null),
    },
  ];
  const bothViews = axes.some(
    (axis) =>
      score(axis.id)?.byRater.self !== undefined && score(axis.id)?.byRater.manager !== undefined,
  );
  if (bothViews) {
    for (const kind of ["self", "manager"] as const) {
      series.push({
        id: kind,
        name: personName
          ? kind === "self"
            ? `${personName}'s view`
            : "Their manager's view"
          : kind === "self"
            ? "Your own view"
            : "Your manager's view",
        dashed: false,
        values: axes.map((axis) => score(axis.id)?.byRater[kind] ?? null),
      });
    }
  }
  series.push(...roleSeries(framework, options.currentRoleId, "current", axes, personName));
  if (options.nextRoleId !== options.currentRoleId) {
    series.push(...roleSeries(framework, options.nextRoleId, "next", axes, personName));
  }
  return { axes, series };
}
