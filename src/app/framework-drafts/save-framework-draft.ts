import { frameworkText } from "../../framework/framework-text.ts";
import { validateFrameworkData } from "../../framework/validate-framework-data.ts";
import { ConflictError } from "../../storage/conflict-error.ts";
import type { Database } from "../../storage/database.ts";
import {
  type DraftSave,
  nameOfSaver,
  saveFrameworkDraft as storeDraft,
} from "../../storage/queries/framework-drafts.ts";
import { getFrameworkVersion } from "../../storage/queries/framework-versions.ts";
import { type Actor, localAdminUserId } from "../policy.ts";
import { type FrameworkDraftView, frameworkDraftView } from "./framework-draft-view.ts";
import { findDraft } from "./read-framework-draft.ts";

/** A save from the editor: the revision it was editing and the whole working copy. */
export interface DraftEdit {
  revision: number;
  document: unknown;
}

function when(date: Date): string {
  return `${date.toISOString().slice(0, 10)} at ${date.toISOString().slice(11, 16)} UTC`;
}

/**
 * Saves the editor's working copy of a draft (admins only) after checking it through the same
 * pipeline as a framework file: a sound copy becomes the draft's document, one with problems is
 * kept as it is, and the problems come back to show beside their fields. Refused as a conflict,
 * naming who saved last and when, if the draft moved on since `revision`.
 *
 * @example const saved = await saveFrameworkDraft(db, actor, id, { revision: 3, document });
 */
export async function saveFrameworkDraft(
  db: Database,
  actor: Extract<Actor, { kind: "user" }>,
  id: string,
  edit: DraftEdit,
): Promise<FrameworkDraftView> {
  await findDraft(db, actor, id);
  const { framework } = validateFrameworkData(edit.document);
  const save: DraftSave = framework
    ? { sound: true, document: framework, source: frameworkText(framework, "yaml") }
    : { sound: false, working: edit.document };
  const saved = await storeDraft(db, {
    orgId: actor.orgId,
    id,
    revision: edit.revision,
    save,
    savedBy: actor.userId === localAdminUserId ? null : actor.userId,
  });
  if (saved) return frameworkDraftView(db, saved);
  const current = await getFrameworkVersion(db, actor.orgId, id);
  const who = (await nameOfSaver(db, current?.updatedBy ?? null)) ?? "Someone else";
  const at = current?.updatedAt ? ` on ${when(current.updatedAt)}` : "";
  throw new ConflictError(
    `${who} saved this draft${at}, after you opened it, so your latest change was not saved. Reload the draft to see their changes, then make yours again.`,
  );
}
