import { checkRatings } from "../../framework/check-ratings.ts";
import type { InputIssue } from "../../framework/input-issue.ts";
import { saveAlignmentOutcome } from "../../storage/queries/alignment-outcomes.ts";
import { loadPersonFacts } from "../person-facts.ts";
import { type Actor, localAdminUserId } from "../policy.ts";
import { recordAuditEntry } from "../record-audit-entry.ts";
import { Refusal, refuseUnless } from "../refusal.ts";
import { type AlignmentRead, type ReadAlignmentDeps, readAlignment } from "./read-alignment.ts";

/** What recording an alignment outcome needs. */
export interface RecordAlignmentDeps extends ReadAlignmentDeps {
  now: () => Date;
}

/** What the person and their manager agreed: a note, and levels for some competencies. */
export interface AlignmentOutcomeInput {
  note: string;
  agreedLevels: { competency: string; level: number }[];
}

const noteLimit = 5000;

function checkNote(note: string): InputIssue[] {
  if (note.trim() === "") {
    return [
      {
        path: "note",
        message: "The outcome has no note.",
        hint: "Write in a sentence or two what you agreed, e.g. where to focus until the next cycle.",
      },
    ];
  }
  if (note.length > noteLimit) {
    return [
      {
        path: "note",
        message: `The note is ${note.length} characters long.`,
        hint: `Keep it under ${noteLimit} characters; the plan holds the detail.`,
      },
    ];
  }
  return [];
}

/**
 * Records what a person and their manager agreed in a cycle's alignment conversation (the
 * person or anyone in their manager chain), replacing what was recorded before: a note, and
 * optionally an agreed level per competency, which the person's growth plan then starts from.
 * Refused until both the self and the manager assessments are in; bad input changes nothing.
 * Audited.
 *
 * @example
 * await recordAlignmentOutcome(deps, ben, cycleId, ava.id, {
 *   note: "Strategy is at level 3; focus on discovery next.",
 *   agreedLevels: [{ competency: "product-strategy", level: 3 }],
 * });
 */
export async function recordAlignmentOutcome(
  deps: RecordAlignmentDeps,
  actor: Extract<Actor, { kind: "user" }>,
  cycleId: string,
  personId: string,
  input: AlignmentOutcomeInput,
): Promise<AlignmentRead> {
  const { facts } = await loadPersonFacts(deps.db, actor, personId);
  refuseUnless(actor, "alignment:record", facts);
  const before = await readAlignment(deps, actor, cycleId, personId);
  if (!before.ready) {
    throw new Refusal("validation", before.summary, [
      {
        path: "note",
        message: "Both views are needed before an outcome can be agreed.",
        hint: "Record the outcome once the self and the manager assessments are submitted.",
      },
    ]);
  }
  const { framework } = await deps.frameworks.current(actor.orgId);
  const issues = [
    ...checkNote(input.note),
    ...checkRatings(framework, input.agreedLevels, "agreedLevels"),
  ];
  if (issues.length > 0) {
    throw new Refusal("validation", "The outcome cannot be recorded as it is.", issues);
  }
  await deps.db.transaction(async (tx) => {
    await saveAlignmentOutcome(tx, {
      cycleId,
      orgId: actor.orgId,
      personId,
      note: input.note.trim(),
      agreedLevels: Object.fromEntries(
        input.agreedLevels.map((entry) => [entry.competency, entry.level]),
      ),
      recordedByUserId: actor.userId === localAdminUserId ? null : actor.userId,
      recordedAt: deps.now(),
    });
    await recordAuditEntry(tx, actor, {
      action: "alignment:record",
      targetType: "person",
      targetId: personId,
      detail: { cycleName: before.cycle.name, agreedLevels: input.agreedLevels.length },
    });
  });
  return readAlignment(deps, actor, cycleId, personId);
}
