import { orgAnalytics } from "../src/engine/analytics/org-analytics.ts";
import { roleFits } from "../src/engine/fit/role-fits.ts";
import { findPaths } from "../src/engine/paths/find-paths.ts";
import { draftGrowthPlan } from "../src/engine/plans/draft-growth-plan.ts";
import { aggregateProfile } from "../src/engine/profile/aggregate-profile.ts";
import type { Assessment, Evidence, Person } from "../src/engine/types.ts";
import { loadDefaultFramework } from "../test/default-framework.ts";
import { syntheticOrg } from "../test/synthetic-org.ts";

const framework = loadDefaultFramework();

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? Number.NaN;
}

function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

function onePerson(person: Person, assessments: readonly Assessment[], evidence: Evidence[]) {
  const profile = aggregateProfile(framework, person.id, assessments, evidence);
  const fits = roleFits(framework, profile);
  const paths = findPaths(framework, {
    from: person.roleId,
    profile,
    fits,
    preferences: { tracks: ["ic"], avoidRoles: [], targetRoles: [] },
  });
  const target = paths[0]?.target ?? "group-pm";
  return draftGrowthPlan(framework, profile, target).focus.length + paths.length;
}

function benchOnePerson(iterations: number) {
  const org = syntheticOrg({ framework, people: 200, seed: 5 });
  const person = org.people.find((p) => p.roleId === "senior-pm") ?? (org.people[1] as Person);
  const assessments = org.assessments.filter((a) => a.personId === person.id);
  const evidence: Evidence[] = [
    {
      id: `e${person.id.slice(1)}-0`,
      personId: person.id,
      date: "2026-02-01",
      title: "Shipped the onboarding revamp",
      competencies: ["execution", "outcomes"],
      visibility: "manager",
    },
  ];
  let sink = 0;
  for (let i = 0; i < 2000; i++) sink += onePerson(person, assessments, evidence);
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    sink += onePerson(person, assessments, evidence);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    median: percentile(times, 0.5),
    p99: percentile(times, 0.99),
    assessments: assessments.length,
    sink,
  };
}

function plainLoop(assessments: readonly Assessment[]): number {
  let sum = 0;
  for (let i = 0; i < assessments.length; i++) {
    const ratings = (assessments[i] as Assessment).ratings;
    for (let j = 0; j < ratings.length; j++) sum += ratings[j]?.level ?? 0;
  }
  return sum;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/**
 * The orders analytics may see assessments in: grouped by person (as the generator makes them),
 * as the database returns a table written over time (by submission, people interleaved round
 * after round: a scan without ORDER BY), and shuffled (no order at all).
 */
type AssessmentOrder = "grouped by person" | "database order (by submission)" | "shuffled";

function inOrder(assessments: readonly Assessment[], order: AssessmentOrder): Assessment[] {
  if (order === "grouped by person") return [...assessments];
  if (order === "database order (by submission)") {
    return [...assessments].sort(
      (a, b) =>
        (a.submittedAt ?? "").localeCompare(b.submittedAt ?? "") || a.id.localeCompare(b.id),
    );
  }
  const shuffled = [...assessments];
  let seed = 7;
  for (let i = shuffled.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j] as Assessment, shuffled[i] as Assessment];
  }
  return shuffled;
}

function benchOrg(people: number, runs: number, order: AssessmentOrder = "grouped by person") {
  const generated = syntheticOrg({ framework, people, seed: 42 });
  const org = { ...generated, assessments: inOrder(generated.assessments, order) };
  let ratings = 0;
  for (const assessment of org.assessments) ratings += assessment.ratings.length;
  const analytics: number[] = [];
  const analyticsCpu: number[] = [];
  const loops: number[] = [];
  let sink = 0;
  for (let run = 0; run < runs; run++) {
    let start = performance.now();
    sink += plainLoop(org.assessments);
    loops.push(performance.now() - start);
    const cpu = process.cpuUsage();
    start = performance.now();
    sink += orgAnalytics(framework, org).bench.length;
    analytics.push(performance.now() - start);
    analyticsCpu.push(cpuMs(cpu));
  }
  return { analytics, analyticsCpu, loops, assessments: org.assessments.length, ratings, sink };
}

const ms = (value: number) => `${value.toFixed(3)} ms`;
const row = (cells: string[]) => `| ${cells.join(" | ")} |`;

// BENCH_PEOPLE sizes the organisation (default 100,000) on a machine too busy for the full run.
const orgPeople = Number(process.env.BENCH_PEOPLE ?? 100_000);
const person = benchOnePerson(20_000);
const org = benchOrg(orgPeople, 7);
const orders = (["database order (by submission)", "shuffled"] as const).map((order) => ({
  order,
  analytics: benchOrg(orgPeople, 5, order).analytics,
}));
const orgMin = Math.min(...org.analytics);
const loopMin = Math.min(...org.loops);

console.log(
  `Pathways engine benchmark — Node ${process.version}, ${framework.name} ${framework.version}`,
);
console.log("");
console.log(row(["measure", "median", "p99 / min", "target"]));
console.log(row(["---", "---", "---", "---"]));
console.log(
  row([
    `one person's full analysis (${person.assessments} assessments: profile, ${framework.roles.length} fits, paths to all roles, plan draft)`,
    ms(person.median),
    `p99 ${ms(person.p99)}`,
    "median < 0.2 ms",
  ]),
);
console.log(
  row([
    `org analytics, ${orgPeople.toLocaleString("en")} people, ${org.assessments} assessments, ${org.ratings} ratings`,
    ms(median(org.analytics)),
    `min ${ms(orgMin)}`,
    "< 500 ms",
  ]),
);
console.log(
  row([
    "plain loop summing every rating once",
    ms(median(org.loops)),
    `min ${ms(loopMin)}`,
    "baseline",
  ]),
);
console.log(
  row([
    "org analytics / plain loop",
    `${(median(org.analytics) / median(org.loops)).toFixed(1)}x`,
    `min ${(orgMin / loopMin).toFixed(1)}x`,
    "within 20x",
  ]),
);
for (const { order, analytics } of orders) {
  console.log(
    row([
      `org analytics, ${orgPeople.toLocaleString("en")} people, assessments in ${order}`,
      ms(median(analytics)),
      `min ${ms(Math.min(...analytics))}`,
      `${(median(analytics) / median(org.analytics)).toFixed(1)}x grouped`,
    ]),
  );
}
console.log("");
console.log(`org analytics runs: ${org.analytics.map((t) => t.toFixed(0)).join(", ")} ms wall`);
console.log(
  `org analytics CPU time (all threads, incl. GC helpers): ${org.analyticsCpu.map((t) => t.toFixed(0)).join(", ")} ms`,
);
console.log(`plain loop runs: ${org.loops.map((t) => t.toFixed(0)).join(", ")} ms`);
if (person.sink + org.sink === -1) console.log("");
