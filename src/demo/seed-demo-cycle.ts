import { createCycle } from "../storage/queries/cycles.ts";
import type { DemoOrganisation } from "./demo-types.ts";
import { type SeedDemoContext, storedPersonId } from "./seed-demo-context.ts";

/**
 * Opens the demo's check-in cycle for everyone under the demo manager, as the owner would have:
 * the assessments already given in it were written with the others.
 */
export async function seedDemoCycle(
  context: SeedDemoContext,
  demo: DemoOrganisation,
): Promise<void> {
  const owner = demo.logins.find((login) => login.kind === "owner");
  await createCycle(
    context.db,
    {
      orgId: context.orgId,
      name: demo.cycle.name,
      startsOn: demo.cycle.startsOn,
      endsOn: demo.cycle.endsOn,
      selfRated: true,
      managerRated: true,
      peerCount: 0,
      createdByUserId: owner ? (context.userIds.get(owner.personId) ?? null) : null,
    },
    { kind: "team", managerId: storedPersonId(context, demo.cycle.managerId) },
  );
}
