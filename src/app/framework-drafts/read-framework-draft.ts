import type { Database } from "../../storage/database.ts";
import {
  getFrameworkVersion,
  type StoredFrameworkVersion,
} from "../../storage/queries/framework-versions.ts";
import type { Actor } from "../policy.ts";
import { organisationWide, Refusal, refuseUnless } from "../refusal.ts";
import { type FrameworkDraftView, frameworkDraftView } from "./framework-draft-view.ts";

async function findVersion(
  db: Database,
  actor: Extract<Actor, { kind: "user" }>,
  id: string,
): Promise<StoredFrameworkVersion> {
  refuseUnless(actor, "framework:edit", organisationWide(actor.orgId));
  const row = await getFrameworkVersion(db, actor.orgId, id);
  if (!row) throw new Refusal("not-found", `No framework draft has the id ${id}.`);
  return row;
}

/** A draft version of the actor's organisation, or a refusal saying why it cannot be edited. */
export async function findDraft(
  db: Database,
  actor: Extract<Actor, { kind: "user" }>,
  id: string,
): Promise<StoredFrameworkVersion> {
  const row = await findVersion(db, actor, id);
  if (row.status !== "draft") {
    throw new Refusal(
      "validation",
      `Version ${row.version} is ${row.status}, so it can no longer change. Start a new draft from the published framework to make changes.`,
    );
  }
  return row;
}

/**
 * Opens a version in the editor (admins only): its working copy, revision and problems. A version
 * published meanwhile still opens, so an editor open elsewhere can say so; only saving refuses.
 *
 * @example const draft = await readFrameworkDraft(db, actor, versionId);
 */
export async function readFrameworkDraft(
  db: Database,
  actor: Extract<Actor, { kind: "user" }>,
  id: string,
): Promise<FrameworkDraftView> {
  return frameworkDraftView(db, await findVersion(db, actor, id));
}
