import { stringify } from "yaml";
import type { Framework } from "../framework/schema.ts";
import type { Database } from "../storage/database.ts";
import { recordAudit } from "../storage/queries/audit-log.ts";
import {
  createFrameworkVersion,
  publishFrameworkVersion,
} from "../storage/queries/framework-versions.ts";
import { createOrganisation, getOrganisation } from "../storage/queries/organisations.ts";
import { createUser, findUserByEmail } from "../storage/queries/users.ts";
import { buildDemoOrganisation } from "./build-demo-organisation.ts";
import type { DemoLogin, DemoOrganisation } from "./demo-types.ts";
import type { SeedDemoContext } from "./seed-demo-context.ts";
import { seedDemoCycle } from "./seed-demo-cycle.ts";
import { seedDemoInvitations } from "./seed-demo-invitations.ts";
import { seedDemoPeople } from "./seed-demo-people.ts";
import { seedDemoFeedbackRequests, seedDemoGrowthPlans } from "./seed-demo-plans.ts";
import { seedDemoAssessments, seedDemoEvidence } from "./seed-demo-records.ts";

/** Where and from what to seed the demo organisation. */
export interface SeedDemoOrganisationOptions {
  db: Database;
  framework: Framework;
  /** The framework file's text, stored with the version; YAML of `framework` when absent. */
  source?: string;
  /** The reference "today" the demo history is dated back from. */
  now?: Date;
  seed?: number;
  /** Hashes the demo password (the server passes its argon2id hashing; storage does not hash). */
  hashPassword: (password: string) => Promise<string>;
}

/** The outcome of seeding: the organisation, its demo logins, and whether it was just written. */
export interface SeededDemoOrganisation {
  orgId: string;
  name: string;
  created: boolean;
  logins: DemoLogin[];
}

async function findExisting(db: Database, demo: DemoOrganisation): Promise<string | null> {
  const owner = demo.logins.find((login) => login.kind === "owner");
  if (!owner) throw new Error("The demo organisation has no owner login.");
  const account = await findUserByEmail(db, owner.email);
  if (!account) return null;
  const organisation = await getOrganisation(db, account.orgId);
  if (organisation?.name !== demo.name) {
    throw new Error(
      `${owner.email} already signs in to another organisation, so the demo cannot be added: ` +
        "start the demo on an empty data directory or database.",
    );
  }
  return organisation.id;
}

async function writeDemo(
  db: Database,
  demo: DemoOrganisation,
  options: SeedDemoOrganisationOptions,
): Promise<string> {
  const hash = options.hashPassword;
  // Hash before the transaction opens: argon2id takes tens of milliseconds per password.
  const hashes = new Map<string, string>();
  for (const login of demo.logins) {
    if (!hashes.has(login.password)) hashes.set(login.password, await hash(login.password));
  }
  return db.transaction(async (tx) => {
    const organisation = await createOrganisation(tx, { name: demo.name });
    const orgId = organisation.id;
    const version = await createFrameworkVersion(tx, {
      orgId,
      document: options.framework,
      source: options.source ?? stringify(options.framework),
    });
    await publishFrameworkVersion(tx, orgId, version.id);
    const personIds = await seedDemoPeople(tx, orgId, demo);
    const context: SeedDemoContext = {
      db: tx,
      orgId,
      frameworkVersionId: version.id,
      personIds,
      userIds: new Map(),
    };
    for (const login of demo.logins) {
      const user = await createUser(tx, {
        orgId,
        email: login.email,
        passwordHash: hashes.get(login.password) ?? "",
        role: login.orgRole,
        personId: personIds.get(login.personId) ?? null,
      });
      context.userIds.set(login.personId, user.id);
    }
    const evidenceIds = await seedDemoEvidence(context, demo);
    await seedDemoAssessments(context, demo, evidenceIds);
    await seedDemoGrowthPlans(context, demo);
    await seedDemoFeedbackRequests(context, demo);
    await seedDemoCycle(context, demo);
    await seedDemoInvitations(context, demo, options.now ?? new Date());
    await recordAudit(tx, {
      orgId,
      actorUserId: null,
      action: "demo:seed",
      targetType: "organisation",
      targetId: orgId,
      detail: { people: demo.people.length, assessments: demo.assessments.length },
    });
    return orgId;
  });
}

/**
 * Seeds the fictional demo organisation (people, role history, assessments, evidence, growth
 * plans, feedback requests, three accounts and invitations in every state) in one transaction. Idempotent: when the demo
 * organisation already exists nothing is written and its logins are returned. The logins share
 * a public password, so a demo database is for trying Pathways locally only.
 *
 * @example
 * const { logins } = await seedDemoOrganisation({ db, framework });
 * for (const login of logins) console.log(login.email, login.password);
 */
export async function seedDemoOrganisation(
  options: SeedDemoOrganisationOptions,
): Promise<SeededDemoOrganisation> {
  const demo = buildDemoOrganisation({
    framework: options.framework,
    now: options.now ?? new Date(),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  const result = (orgId: string, created: boolean): SeededDemoOrganisation => ({
    orgId,
    name: demo.name,
    created,
    logins: demo.logins,
  });
  const existing = await findExisting(options.db, demo);
  if (existing) return result(existing, false);
  try {
    return result(await writeDemo(options.db, demo, options), true);
  } catch (error) {
    // Another process may have seeded it at the same moment: its rows win, ours rolled back.
    const raced = await findExisting(options.db, demo).catch(() => null);
    if (raced) return result(raced, false);
    throw error;
  }
}
