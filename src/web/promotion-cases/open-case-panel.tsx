import { useId, useState } from "react";
import { ActionError } from "../components/action-error.tsx";
import { useFramework } from "../hooks/use-framework.ts";
import { useOpenPromotionCase } from "../hooks/use-promotion-cases.ts";
import { navigate } from "../router/navigation.ts";

/**
 * On a report's profile: open a promotion case toward a role (the API refuses anyone but their
 * managers, in words shown here).
 *
 * @example <OpenCasePanel personId={id} roleId={person.roleId} />
 */
export function OpenCasePanel({ personId, roleId }: { personId: string; roleId: string | null }) {
  const id = useId();
  const framework = useFramework();
  const open = useOpenPromotionCase();
  const roles = (framework.data?.framework.roles ?? []).filter((role) => role.id !== roleId);
  // The usual promotion from their role comes first: that is what most cases argue for.
  const promotion = framework.data?.framework.transitions.find(
    (transition) => transition.from === roleId && transition.kind === "promotion",
  )?.to;
  const [target, setTarget] = useState("");
  if (roles.length === 0) return null;
  const chosen = target || roles.find((role) => role.id === promotion)?.id || roles[0]?.id || "";
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Promotion case</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          open.mutate(
            { personId, targetRoleId: chosen },
            { onSuccess: (opened) => navigate(`/promotion-cases/${opened.id}`) },
          );
        }}
      >
        <label htmlFor={id}>Toward the role</label>{" "}
        <select id={id} value={chosen} onChange={(event) => setTarget(event.target.value)}>
          {roles.map((role) => (
            <option key={role.id} value={role.id}>
              {role.title}
            </option>
          ))}
        </select>{" "}
        <button type="submit" disabled={open.isPending}>
          Open a promotion case
        </button>
        <ActionError action={open} />
      </form>
    </section>
  );
}
