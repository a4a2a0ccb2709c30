import type { Framework } from "../../framework/schema.ts";
import { competencyLabel } from "../framework-index.ts";
import { formatLevel } from "../words.ts";
import type { TeamHeatmap } from "./org-analytics-types.ts";
import type { OrgScan } from "./org-scan.ts";

function peopleWords(count: number): string {
  return count === 1 ? "1 person" : `${count} people`;
}

function teamReason(team: string, people: number, labels: readonly string[], means: Float64Array) {
  let strongest = -1;
  let weakest = -1;
  for (let c = 0; c < means.length; c++) {
    const mean = means[c] as number;
    if (Number.isNaN(mean)) continue;
    if (strongest < 0 || mean > (means[strongest] as number)) strongest = c;
    if (weakest < 0 || mean < (means[weakest] as number)) weakest = c;
  }
  if (strongest < 0) return `Team ${team} (${peopleWords(people)}) has no ratings yet.`;
  const top = `${labels[strongest]} (${formatLevel(means[strongest] as number)})`;
  const low = `${labels[weakest]} (${formatLevel(means[weakest] as number)})`;
  return `Team ${team} (${peopleWords(people)}) is strongest in ${top} and has most room to grow in ${low}.`;
}

function teamPositions(people: OrgScan["people"]) {
  const teams = new Map<string, number>();
  const teamOf = new Int32Array(people.length).fill(-1);
  let lastTeam = "";
  let lastPosition = -1;
  for (let p = 0; p < people.length; p++) {
    const team = people[p]?.team;
    if (team === null || team === undefined) continue;
    // Team mates are usually listed together: reuse the last lookup while the team repeats.
    if (team !== lastTeam) {
      let position = teams.get(team);
      if (position === undefined) {
        position = teams.size;
        teams.set(team, position);
      }
      lastTeam = team;
      lastPosition = position;
    }
    teamOf[p] = lastPosition;
  }
  return { teams, teamOf };
}

/**
 * Per team, the mean of each person's aggregated level per competency and how many people it
 * rests on (unknown levels are left out, never counted as zero); teams sorted by name.
 */
export function competencyHeatmap(framework: Framework, scan: OrgScan): TeamHeatmap[] {
  const { size, levels, people } = scan;
  const { teams, teamOf } = teamPositions(people);
  const sums = new Float64Array(teams.size * size);
  const counts = new Int32Array(teams.size * size);
  const members = new Int32Array(teams.size);
  for (let p = 0; p < people.length; p++) {
    const team = teamOf[p] as number;
    if (team < 0) continue;
    members[team] = (members[team] as number) + 1;
    const from = p * size;
    const to = team * size;
    for (let c = 0; c < size; c++) {
      const level = levels[from + c] as number;
      if (Number.isNaN(level)) continue;
      sums[to + c] = (sums[to + c] as number) + level;
      counts[to + c] = (counts[to + c] as number) + 1;
    }
  }
  const ids = framework.competencies.map((competency) => competency.id);
  const labels = ids.map((id) => competencyLabel(framework, id));
  const means = new Float64Array(size);
  const result: TeamHeatmap[] = [];
  for (const team of [...teams.keys()].sort()) {
    const position = teams.get(team) as number;
    const competencies: TeamHeatmap["competencies"] = [];
    for (let c = 0; c < size; c++) {
      const count = counts[position * size + c] as number;
      const mean =
        count > 0 ? Math.round(((sums[position * size + c] as number) / count) * 1e6) / 1e6 : null;
      means[c] = mean ?? Number.NaN;
      competencies.push({ competency: ids[c] as string, mean, count });
    }
    const people = members[position] as number;
    result.push({ team, people, competencies, reason: teamReason(team, people, labels, means) });
  }
  return result;
}

/**
 * The `max` largest teams of a heatmap (most people first, then by name), listed in name order
 * as the heatmap is: a large organisation's answer stays small, and every team can still be read
 * page by page from the whole heatmap.
 *
 * @example largestTeams(competencyHeatmap(framework, scan), 100).length // at most 100
 */
export function largestTeams(heatmap: readonly TeamHeatmap[], max: number): TeamHeatmap[] {
  if (heatmap.length <= max) return [...heatmap];
  const kept = new Set(
    heatmap
      .map((entry, position) => ({ people: entry.people, position }))
      .sort((a, b) => b.people - a.people || a.position - b.position)
      .slice(0, Math.max(0, max))
      .map((entry) => entry.position),
  );
  return heatmap.filter((_, position) => kept.has(position));
}
