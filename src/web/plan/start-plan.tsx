import { useState } from "react";
import type { Framework, GrowthPlanDraft, GrowthPlanInput } from "../api/types.ts";
import { ErrorState } from "../components/error-state.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { RolePicker } from "../components/role-picker.tsx";
import { usePlanActions } from "../hooks/use-plan-actions.ts";
import { usePlanDraft } from "../hooks/use-plans.ts";
import { frameworkLabels } from "../lib/framework-labels.ts";

function planFromDraft(draft: GrowthPlanDraft): GrowthPlanInput {
  return {
    targetRoleId: draft.targetRoleId,
    focusCompetencies: draft.focus.slice(0, 5).map((item) => item.competency),
    actions: draft.actions
      .slice(0, 50)
      .map((action) => ({ competency: action.competency, text: action.text, done: false })),
    checkInEveryDays: draft.checkInCadenceDays,
    goals: draft.goals
      .slice(0, 20)
      .map((goal) => ({ title: goal.text, competency: goal.competency, status: "open" })),
  };
}

function DraftPreview({ framework, draft }: { framework: Framework; draft: GrowthPlanDraft }) {
  const labels = frameworkLabels(framework);
  return (
    <div className="draft">
      {draft.startsFrom ? <p>{draft.startsFrom}</p> : null}
      <p>{draft.reason}</p>
      <h3>Focus competencies</h3>
      <ul>
        {draft.focus.map((item) => (
          <li key={item.competency}>
            <strong>{labels.competency(item.competency)}</strong> — {item.reason}
          </li>
        ))}
      </ul>
      <h3>Goals</h3>
      <ul>
        {draft.goals.map((goal) => (
          <li key={`${goal.competency}-${goal.text}`}>{goal.text}</li>
        ))}
      </ul>
      <h3>Actions</h3>
      <ul>
        {draft.actions.map((action) => (
          <li key={`${action.competency}-${action.level}-${action.text}`}>
            <span className="tag">{labels.competency(action.competency)}</span> {action.text}
          </li>
        ))}
      </ul>
      <p className="meta">Check in every {draft.checkInCadenceDays} days.</p>
    </div>
  );
}

/**
 * Picks a target role, shows the engine's draft towards it and starts a plan from it. With
 * `personName`, a manager starts it for their report, from the report's next role.
 */
export function StartPlan({
  framework,
  personId,
  onCreated,
  personName,
  initialTarget = "",
}: {
  framework: Framework;
  personId: string;
  onCreated: (planId: string) => void;
  personName?: string;
  initialTarget?: string;
}) {
  const [target, setTarget] = useState(initialTarget);
  const draft = usePlanDraft(personId, target);
  const { createPlan } = usePlanActions(personId);
  return (
    <section className="card" aria-labelledby="start-plan">
      <h2 id="start-plan">
        {personName ? `Start a plan for ${personName}` : "Start a growth plan"}
      </h2>
      {personName ? (
        <p>
          Choose the role {personName} is growing towards; their next role is chosen for you.
          Pathways drafts a plan from the gaps between their profile and that role. {personName}{" "}
          sees that you started it, and you can both change it as you go.
        </p>
      ) : (
        <p>
          Choose the role you are growing towards. Pathways drafts a plan from the gaps between your
          profile and that role; you and your manager can change it as you go.
        </p>
      )}
      <RolePicker framework={framework} label="Target role" value={target} onChange={setTarget} />
      {target === "" ? null : draft.isPending ? (
        <LoadingState />
      ) : draft.isError ? (
        <ErrorState error={draft.error} onRetry={() => draft.refetch()} />
      ) : (
        <>
          <DraftPreview framework={framework} draft={draft.data} />
          <button
            type="button"
            className="button button-primary"
            disabled={createPlan.isPending}
            onClick={() =>
              createPlan.mutate(planFromDraft(draft.data), {
                onSuccess: (plan) => onCreated(plan.id),
              })
            }
          >
            {createPlan.isPending ? "Creating…" : "Create this plan"}
          </button>
        </>
      )}
      {createPlan.error ? <ErrorState error={createPlan.error} /> : null}
    </section>
  );
}
