import { joinWords } from "../../engine/words.ts";
import type { Database } from "../../storage/database.ts";
import { cycleCompletion } from "../../storage/queries/cycle-completion.ts";
import { getCycle } from "../../storage/queries/cycles.ts";
import { listFeedbackRequests } from "../../storage/queries/feedback-requests.ts";
import { personNames } from "../../storage/queries/person-names.ts";
import { askForFeedback } from "../ask-for-feedback.ts";
import type { FrameworkSource } from "../framework-source.ts";
import { loadPersonFacts } from "../person-facts.ts";
import type { Actor } from "../policy.ts";
import { recordAuditEntry } from "../record-audit-entry.ts";
import { notFoundRefusal, Refusal, refuseUnless } from "../refusal.ts";

/** What choosing a person's peers for a cycle needs. */
export interface ChooseCyclePeersDeps {
  db: Database;
  frameworks: Pick<FrameworkSource, "current">;
  publicUrl: string;
}

/** Who was asked, in a sentence. */
export interface ChooseCyclePeersResult {
  asked: string[];
  sentence: string;
}

/**
 * Chooses the peers who give a person feedback in an open cycle that asks for peers (the person
 * or their manager, as the cycle says): each chosen colleague gets a feedback request on every
 * competency of the framework, tied to the cycle, with its mail, through the same feedback
 * requests as any other ask; it shows as their cycle task and counts in the cycle's completion.
 * Colleagues already asked in the cycle are not asked again. Bad choices are refused before
 * anyone is asked.
 *
 * @example
 * const { sentence } = await chooseCyclePeers(deps, ava, cycleId, ava.id, [dev.id, eli.id]);
 */
export async function chooseCyclePeers(
  deps: ChooseCyclePeersDeps,
  actor: Extract<Actor, { kind: "user" }>,
  cycleId: string,
  personId: string,
  peerIds: readonly string[],
): Promise<ChooseCyclePeersResult> {
  const cycle = await getCycle(deps.db, actor.orgId, cycleId);
  if (!cycle) throw notFoundRefusal("cycle", cycleId);
  const { person, facts } = await loadPersonFacts(deps.db, actor, personId);
  refuseUnless(actor, "cycle:choose-peers", { ...facts, peersChosenBy: cycle.peerChooser });
  const [row] = await cycleCompletion(deps.db, { orgId: actor.orgId, cycleId, personId });
  if (!row) throw new Refusal("not-found", `${person.name} is not in ${cycle.name}.`);
  if (cycle.status !== "open" || cycle.peerCount === 0) {
    throw new Refusal(
      "validation",
      cycle.status !== "open"
        ? `${cycle.name} is closed, so nobody more is asked for feedback in it.`
        : `${cycle.name} does not ask for peer feedback.`,
      [
        {
          path: "peerIds",
          message: "No peers can be chosen in this cycle.",
          hint: "Ask for feedback from the person's page instead.",
        },
      ],
    );
  }
  const wanted = [...new Set(peerIds)];
  const found = new Map(
    (await personNames(deps.db, actor.orgId, wanted)).map((p) => [p.id, p.name]),
  );
  const issues = wanted.flatMap((id, index) =>
    id === personId
      ? [
          {
            path: `peerIds.${index}`,
            message: `${person.name} cannot be their own peer.`,
            hint: "Choose colleagues who worked with them.",
          },
        ]
      : found.has(id)
        ? []
        : [
            {
              path: `peerIds.${index}`,
              message: "No person in the organisation has this id.",
              hint: "Choose colleagues from the organisation's list of people.",
            },
          ],
  );
  if (wanted.length === 0) {
    issues.push({
      path: "peerIds",
      message: "No peer was chosen.",
      hint: `Choose up to ${cycle.peerCount} colleagues.`,
    });
  }
  if (issues.length > 0) throw new Refusal("validation", "These peers cannot be asked.", issues);
  const already = new Set(
    (await listFeedbackRequests(deps.db, { orgId: actor.orgId, personId, limit: 500 }))
      .filter(
        (request) =>
          request.cycleId === cycleId &&
          request.status !== "declined" &&
          request.status !== "withdrawn",
      )
      .map((request) => request.addresseePersonId),
  );
  const { framework } = await deps.frameworks.current(actor.orgId);
  const competencies = framework.competencies.map((competency) => competency.id);
  const asked: string[] = [];
  for (const peerId of wanted.filter((id) => !already.has(id))) {
    await askForFeedback(deps, actor, personId, {
      addresseePersonId: peerId,
      competencies,
      message: `For ${cycle.name}.`,
      cycleId,
    });
    asked.push(found.get(peerId) ?? peerId);
  }
  await recordAuditEntry(deps.db, actor, {
    action: "cycle:choose-peers",
    targetType: "person",
    targetId: personId,
    detail: { cycleName: cycle.name, asked: asked.length },
  });
  const sentence =
    asked.length === 0
      ? "Everyone chosen was already asked in this cycle; nobody was asked twice."
      : `Asked ${joinWords(asked)} for feedback on ${person.name} in ${cycle.name}; it is in their tasks and, where they get mail, their inbox.`;
  return { asked, sentence };
}
