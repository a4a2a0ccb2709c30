import type { Assessment, Person, RaterKind, Rating } from "../src/engine/types.ts";
import type { Framework, Role } from "../src/framework/schema.ts";

/** How big and how busy a generated organisation is. */
export interface SyntheticOrgOptions {
  framework: Framework;
  people: number;
  /** Same seed, same organisation. */
  seed?: number;
  /** Direct reports per manager. */
  span?: number;
  /** Assessment rounds over time; each round has a self, a manager and peer assessments. */
  rounds?: number;
  peersPerRound?: number;
}

/** A generated organisation: people with managers, teams and roles, and their assessments. */
export interface SyntheticOrg {
  people: Person[];
  assessments: Assessment[];
}

/** A small seeded pseudo-random generator (mulberry32), so the same seed gives the same org. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickRoles(framework: Framework) {
  const byRank = (track: Role["track"]) =>
    framework.roles.filter((role) => role.track === track).sort((a, b) => a.rank - b.rank);
  const management = byRank("management");
  const top = management[management.length - 1] ?? (framework.roles[0] as Role);
  const leaders = management.length > 2 ? management.slice(-3, -1) : [top];
  const contributors = management.length > 3 ? management.slice(0, -2) : management;
  return { top, leaders, contributors, ic: byRank("ic"), adjacent: byRank("adjacent") };
}

function clampLevel(level: number, scaleMax: number): number {
  return Math.min(scaleMax, Math.max(1, Math.round(level)));
}

/**
 * Generates a deterministic organisation: a management tree, teams per manager, roles by depth,
 * and per person several rounds of submitted self, manager and peer assessments (plus drafts).
 *
 * @example syntheticOrg({ framework, people: 1000, seed: 7 }).assessments.length
 */
export function syntheticOrg(options: SyntheticOrgOptions): SyntheticOrg {
  const { framework } = options;
  const random = seededRandom(options.seed ?? 1);
  const span = options.span ?? 7;
  const rounds = options.rounds ?? 2;
  const peersPerRound = options.peersPerRound ?? 2;
  const scaleMax = Math.max(...framework.scale.map((step) => step.level));
  const roles = pickRoles(framework);
  const competencies = framework.competencies.map((competency) => competency.id);
  const count = options.people;
  const managerOf = (index: number) => (index === 0 ? -1 : Math.floor((index - 1) / span));
  const hasReports = (index: number) => index * span + 1 < count;

  const people: Person[] = [];
  for (let index = 0; index < count; index++) {
    const manager = managerOf(index);
    let role: Role = roles.top;
    if (index > 0 && hasReports(index)) {
      role = roles.leaders[Math.floor(random() * roles.leaders.length)] ?? roles.top;
    } else if (index > 0) {
      const draw = random();
      const pool =
        draw < 0.1 && roles.ic.length > 0
          ? roles.ic
          : draw < 0.15 && roles.adjacent.length > 0
            ? roles.adjacent
            : roles.contributors;
      role = pool[Math.floor(random() * pool.length)] ?? roles.top;
    }
    people.push({
      id: `p${index}`,
      name: `Person ${index}`,
      roleId: role.id,
      managerId: manager < 0 ? null : `p${manager}`,
      team: manager < 0 ? "leadership" : `team-${manager}`,
    });
  }

  const leniency = Float64Array.from({ length: count }, () => (random() - 0.5) * 1.2);
  const assessments: Assessment[] = [];
  let sequence = 0;
  function assess(subject: number, rater: number, kind: RaterKind, round: number, base: number[]) {
    const ratings: Rating[] = [];
    for (let c = 0; c < competencies.length; c++) {
      if (random() < 0.04) continue;
      const noise = (random() - 0.5) * 1.4 + (leniency[rater] ?? 0) + round * 0.25;
      const rating: Rating = {
        competency: competencies[c] as string,
        level: clampLevel((base[c] ?? 3) + noise, scaleMax),
      };
      if (random() < 0.1) rating.evidence = [`e${subject}-${c}`];
      ratings.push(rating);
    }
    sequence += 1;
    const draft = random() < 0.03;
    const day = String(1 + (sequence % 28)).padStart(2, "0");
    assessments.push({
      id: `a${sequence}`,
      personId: `p${subject}`,
      raterId: `p${rater}`,
      raterKind: kind,
      frameworkVersion: framework.version,
      submittedAt: draft ? null : `2026-0${1 + (round % 9)}-${day}T09:00:00.000Z`,
      ratings,
    });
  }

  for (let index = 0; index < count; index++) {
    const role = framework.roles.find((r) => r.id === people[index]?.roleId) ?? roles.top;
    const base = competencies.map((id) => (role.expectations[id] ?? 2) + (random() - 0.6) * 1.5);
    const manager = managerOf(index);
    for (let round = 0; round < rounds; round++) {
      assess(index, index, "self", round, base);
      if (manager >= 0) assess(index, manager, "manager", round, base);
      for (let p = 0; p < peersPerRound; p++) {
        const peer =
          manager >= 0 ? manager * span + 1 + Math.floor(random() * span) : index + 1 + p;
        if (peer !== index && peer < count) assess(index, peer, "peer", round, base);
      }
    }
  }
  return { people, assessments };
}
