import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "../../../test/db.ts";
import { loadDefaultFramework } from "../../../test/default-framework.ts";
import { seedDemoOrganisation } from "../../demo/seed-demo-organisation.ts";
import { recordAudit } from "../queries/audit-log.ts";
import type { BackupArchive } from "./backup-header.ts";
import { createBackup } from "./create-backup.ts";
import { decodeBackup } from "./decode-backup.ts";
import { encodeBackup } from "./encode-backup.ts";
import { restoreBackup } from "./restore-backup.ts";

// The server leg needs TEST_DATABASE_URL (set by `npm test`); without it both ends are PGlite.
const server = testDatabaseKinds().includes("postgres") ? "postgres" : "pglite";
const label = server === "postgres" ? "PostgreSQL" : "a second PGlite";

/** Each table's rows as PostgreSQL wrote them, for a row-by-row comparison. */
const tablesOf = (archive: BackupArchive) =>
  Object.fromEntries(archive.header.tables.map((t) => [t.name, archive.rows.get(t.name) ?? []]));

/**
 * One row of each table the demo may leave empty: tokens, sign-on and mail, a comment under a
 * goal and an agreed outcome of a cycle's alignment conversation.
 */
async function seedAccountRecords(db: TestDatabase["db"], orgId: string) {
  const owner = sql`(select id from users where org_id = ${orgId} order by created_at limit 1)`;
  const person = sql`(select id from people where org_id = ${orgId} order by name limit 1)`;
  await db.execute(
    sql`insert into api_tokens (user_id, name, token_digest, hint, scope, expires_at) values (${owner}, 'Nightly sync', 'digest-1', 'x9Qa', 'read', '2027-01-01T00:00:00Z')`,
  );
  await db.execute(
    sql`insert into scim_tokens (org_id, name, token_digest) values (${orgId}, 'Directory', 'digest-2')`,
  );
  await db.execute(
    sql`insert into sso_configs (org_id, issuer, client_id, client_secret, allow_just_in_time) values (${orgId}, 'https://id.example.com', 'pathways', 'secret', true)`,
  );
  await db.execute(
    sql`insert into sso_identities (user_id, issuer, subject, email) values (${owner}, 'https://id.example.com', 'sub-1', 'owner@example.com')`,
  );
  await db.execute(
    sql`insert into outbox_mails (org_id, idempotency_key, kind, to_address, subject, text_body, html_body, status) values (${orgId}, 'test:1', 'invitation', 'a@example.com', 'Join', 'Hello', '<p>Hello</p>', 'kept')`,
  );
  await db.execute(
    sql`insert into invitations (org_id, person_id, email, token_digest, expires_at, revoked_at) select ${orgId}, ${person}, 'b@example.com', 'digest-3', '2027-01-01T00:00:00Z', now() where not exists (select 1 from invitations where org_id = ${orgId})`,
  );
  await db.execute(
    sql`insert into goal_comments (goal_id, text, author_user_id) select g.id, 'Good progress on the launch review', ${owner} from goals g join growth_plans p on p.id = g.plan_id where p.org_id = ${orgId} order by g.id limit 1`,
  );
  await db.execute(
    sql`insert into alignment_outcomes (cycle_id, org_id, person_id, note, agreed_levels, recorded_by_user_id) select c.id, ${orgId}, cp.person_id, 'We agreed on strategy', '{"strategy": 3}'::jsonb, ${owner} from cycles c join cycle_participants cp on cp.cycle_id = c.id where c.org_id = ${orgId} order by cp.person_id limit 1`,
  );
}

const throughFile = (archive: BackupArchive) => decodeBackup(encodeBackup(archive));

describe(`a backup round trip from PGlite through ${label} and back`, { timeout: 120_000 }, () => {
  const open: TestDatabase[] = [];
  const openDatabase = async (kind: "pglite" | "postgres") => {
    const database = await openTestDatabase(kind);
    open.push(database);
    return database;
  };
  let orgId = "";
  let original: BackupArchive;

  beforeAll(async () => {
    const source = await openDatabase("pglite");
    const seeded = await seedDemoOrganisation({
      db: source.db,
      framework: loadDefaultFramework(),
      now: new Date("2026-06-01T08:00:00.000Z"),
      hashPassword: async (password) => `plain:${password}`,
    });
    orgId = seeded.orgId;
    await recordAudit(source.db, {
      orgId,
      action: "backup:test",
      targetType: "organisation",
      targetId: orgId,
      detail: { nested: { list: [1, 2.5, "three", null], flag: true }, note: "ünïcode ✓" },
    });
    await source.db.execute(
      sql`insert into title_mappings (org_id, title, title_key, role_id) values (${orgId}, 'Product Owner', 'product owner', 'pm')`,
    );
    await seedAccountRecords(source.db, orgId);
    // The demo's cycle is still open: a snapshot, with JSON to compare, as closing one keeps.
    await source.db.execute(
      sql`insert into cycle_snapshots (cycle_id, org_id, person_id, content) select cycle_id, org_id, person_id, ${JSON.stringify({ roleId: "pm", competencies: { strategy: { level: 2.5, confidenceLevel: "high" } }, next: null })}::jsonb from cycle_participants where org_id = ${orgId} limit 1`,
    );
    // A decided promotion case, so its decision, note and dates make the round trip too.
    await source.db.execute(
      sql`insert into promotion_cases (org_id, person_id, target_role_id, framework_version, opened_by_person_id, narrative, shared_with_person, status, decision, decision_note, decided_at) select org_id, id, 'senior-pm', '1.0.0', manager_id, 'Led the pricing work.', true, 'decided', 'with-a-plan', 'Grow influence first.', now() from people where org_id = ${orgId} and manager_id is not null order by name limit 1`,
    );
    original = await createBackup(source.db, orgId);
  }, 120_000);

  afterAll(async () => {
    for (const database of open) await database.close();
  });

  it("seeds every kind of record, so the comparison covers real values", () => {
    const empty = original.header.tables.filter((t) => t.rows === 0).map((t) => t.name);
    expect(empty).toEqual([]);
  });

  it("gives back every table row by row, in both directions", async () => {
    const target = await openDatabase(server);
    await restoreBackup(target.db, throughFile(original));
    const onServer = await createBackup(target.db, orgId);
    expect(Object.keys(tablesOf(onServer))).toEqual(Object.keys(tablesOf(original)));
    for (const [name, rows] of Object.entries(tablesOf(original))) {
      expect({ table: name, rows: tablesOf(onServer)[name] }).toEqual({ table: name, rows });
    }

    const back = await openDatabase("pglite");
    await restoreBackup(back.db, throughFile(onServer));
    const returned = await createBackup(back.db, orgId);
    for (const [name, rows] of Object.entries(tablesOf(original))) {
      expect({ table: name, rows: tablesOf(returned)[name] }).toEqual({ table: name, rows });
    }
  });
});
