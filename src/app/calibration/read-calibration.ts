import { roleFit } from "../../engine/fit/role-fit.ts";
import type { Readiness } from "../../engine/types.ts";
import type { Framework } from "../../framework/schema.ts";
import type { ComputePersonAggregates } from "../../storage/queries/analytics-aggregates.ts";
import { cycleParticipantIds, getCycle } from "../../storage/queries/cycles.ts";
import { personNames } from "../../storage/queries/person-names.ts";
import {
  listPromotionCases,
  type StoredPromotionCase,
} from "../../storage/queries/promotion-cases.ts";
import { reportsUnder } from "../../storage/queries/reporting-lines.ts";
import { cycleView } from "../cycles/cycle-view.ts";
import { type Actor, can } from "../policy.ts";
import { fillPromotionCase } from "../promotion-cases/fill-promotion-case.ts";
import { caseRoleTitle, decisionWords } from "../promotion-cases/promotion-case-summary.ts";
import { type ReadProfileDeps, readProfile } from "../read-profile.ts";
import { recordAuditEntry } from "../record-audit-entry.ts";
import { notFoundRefusal, organisationWide, refuseUnless } from "../refusal.ts";
import { calibrationTarget } from "./calibration-target.ts";
import type { Calibration, CalibrationCandidate, CalibrationRole } from "./calibration-types.ts";
import { managersLeniency } from "./managers-leniency.ts";

type Member = Extract<Actor, { kind: "user" }>;

/** What reading a calibration needs; `compute` is where stale analytics aggregates are computed. */
export interface ReadCalibrationDeps extends ReadProfileDeps {
  compute?: ComputePersonAggregates;
}

/** A candidate before their manager's leniency is known. */
type Pending = Omit<CalibrationCandidate, "manager"> & {
  managerId: string | null;
  roleId: string;
};

const readinessOrder: Record<Readiness, number> = { ready: 0, close: 1, stretch: 2 };

/** Whom the actor may see: everyone (those who may list every case) or the people under them. */
async function visiblePeople(
  deps: ReadCalibrationDeps,
  actor: Member,
): Promise<Set<string> | null> {
  if (can(actor, "case:list-all", organisationWide(actor.orgId)).allowed) return null;
  const under = actor.personId ? await reportsUnder(deps.db, actor.orgId, actor.personId) : [];
  refuseUnless(actor, "calibration:read", {
    ...organisationWide(actor.orgId),
    actorManagesPeople: under.length > 0,
  });
  return new Set(under.map((person) => person.id));
}

/**
 * The cases a cycle discusses: those opened in it, and those of its people opened outside any
 * cycle that are still open or were opened since the cycle began (so a decision stays in view).
 */
function casesOfCycle(
  stored: readonly StoredPromotionCase[],
  cycle: { id: string; createdAt: Date },
  participants: ReadonlySet<string>,
): StoredPromotionCase[] {
  return stored.filter(
    (item) =>
      item.cycleId === cycle.id ||
      (item.cycleId === null &&
        participants.has(item.personId) &&
        (item.status === "open" || item.createdAt >= cycle.createdAt)),
  );
}

async function candidatesOf(
  deps: ReadCalibrationDeps,
  actor: Member,
  personId: string,
  cases: readonly StoredPromotionCase[],
): Promise<Pending[]> {
  // The same profile a case shows: never shaped by the person's private evidence.
  const { framework, person, profile, evidence, facts } = await readProfile(deps, actor, personId, {
    alsoRequires: ["calibration:read"],
    evidence: "shared-with-managers",
  });
  const known = new Set(framework.roles.map((role) => role.id));
  const argued = cases.filter((item) => known.has(item.targetRoleId));
  const base = {
    person: { id: person.id, name: person.name },
    currentRole: { id: person.roleId, title: caseRoleTitle(framework, person.roleId) },
    managerId: person.managerId,
  };
  const found = argued.length === 0 ? calibrationTarget(framework, person.roleId, profile) : null;
  const fits = found
    ? [found]
    : argued.map((item) => roleFit(framework, profile, item.targetRoleId));
  return fits.map((fit, at) => {
    const item = found ? null : (argued[at] as StoredPromotionCase);
    const filled = fillPromotionCase(framework, profile, fit, evidence);
    return {
      ...base,
      roleId: fit.roleId,
      case: item
        ? {
            id: item.id,
            status: item.status,
            decision: item.decision,
            decisionWords: item.decision ? decisionWords[item.decision] : null,
            decisionNote: item.decisionNote,
          }
        : null,
      fit: { readiness: filled.fit.readiness, reason: filled.fit.reason },
      confidence: filled.confidence,
      gaps: filled.gaps,
      can: {
        decide:
          item?.status === "open" &&
          can(actor, "case:decide", { ...facts, sharedWithPerson: item.sharedWithPerson }).allowed,
      },
    };
  });
}

function byRole(framework: Framework, pending: readonly Pending[]): Map<string, Pending[]> {
  const groups = new Map<string, Pending[]>();
  const rank = (id: string) => framework.roles.find((role) => role.id === id)?.rank ?? 0;
  const sorted = [...pending].sort(
    (a, b) =>
      rank(a.roleId) - rank(b.roleId) ||
      Number(a.case === null) - Number(b.case === null) ||
      readinessOrder[a.fit.readiness] - readinessOrder[b.fit.readiness] ||
      a.person.name.localeCompare(b.person.name),
  );
  for (const candidate of sorted) {
    groups.set(candidate.roleId, [...(groups.get(candidate.roleId) ?? []), candidate]);
  }
  return groups;
}

/**
 * A cycle's calibration: per target role, its candidates side by side (the cycle's promotion
 * cases, and the people the engine finds ready or close for the next role on their track with no
 * case yet, marked so), each with the fit verdict and its reason, the confidence, the gaps left
 * and their manager, whose rating leniency is said in words. Admins see every candidate; a
 * manager only the people under them; anyone else is refused. Each read is audited.
 *
 * @example
 * const { roles } = await readCalibration({ db, frameworks }, admin, cycleId);
 * roles[0]?.candidates[0]?.manager?.leniency; // "Ben rates about half a level above …"
 */
export async function readCalibration(
  deps: ReadCalibrationDeps,
  actor: Member,
  cycleId: string,
): Promise<Calibration> {
  refuseUnless(actor, "cycle:list", organisationWide(actor.orgId));
  const cycle = await getCycle(deps.db, actor.orgId, cycleId);
  if (!cycle) throw notFoundRefusal("cycle", cycleId);
  const visible = await visiblePeople(deps, actor);
  const participantIds = await cycleParticipantIds(deps.db, cycleId);
  const participants = new Set(participantIds);
  const cases = casesOfCycle(
    await listPromotionCases(deps.db, actor.orgId, [{ kind: "all" }]),
    cycle,
    participants,
  );
  const people = [...new Set([...participantIds, ...cases.map((item) => item.personId)])].filter(
    (id) => visible === null || visible.has(id),
  );
  const pending: Pending[] = [];
  for (const personId of people) {
    const theirs = cases.filter((item) => item.personId === personId);
    pending.push(...(await candidatesOf(deps, actor, personId, theirs)));
  }
  const inUse = await deps.frameworks.current(actor.orgId);
  const managerIds = [
    ...new Set(pending.flatMap((item) => (item.managerId ? [item.managerId] : []))),
  ];
  const named = await personNames(deps.db, actor.orgId, managerIds);
  const managers = await managersLeniency(deps.db, actor.orgId, inUse, named, deps.compute);
  // Who compared whose candidates is a sensitive read, like analytics: it leaves an entry.
  await recordAuditEntry(deps.db, actor, {
    action: "calibration:read",
    targetType: "cycle",
    targetId: cycleId,
  });
  const managerOf = new Map(managers.map((manager) => [manager.id, manager]));
  const roles: CalibrationRole[] = [...byRole(inUse.framework, pending)].map(([roleId, group]) => {
    const role = inUse.framework.roles.find((item) => item.id === roleId);
    return {
      role: { id: roleId, title: role?.title ?? roleId, track: role?.track ?? "management" },
      candidates: group.map(({ managerId, roleId: _role, ...candidate }) => ({
        ...candidate,
        manager: managerId ? (managerOf.get(managerId) ?? null) : null,
      })),
    };
  });
  return {
    cycle: cycleView({ ...cycle, participants: participantIds.length }),
    roles,
    managers,
    scope:
      visible === null
        ? "Every candidate of the cycle, across managers."
        : "The candidates under you; admins see every manager's.",
  };
}
