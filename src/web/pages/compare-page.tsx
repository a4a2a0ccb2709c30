import { useEffect } from "react";
import type { Framework } from "../api/types.ts";
import { EmptyState } from "../components/empty-state.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { QueryView } from "../components/query-view.tsx";
import { RoleComparison } from "../components/role-comparison.tsx";
import { RolePicker } from "../components/role-picker.tsx";
import { useFramework } from "../hooks/use-framework.ts";
import { useMyNextMove } from "../hooks/use-my-next-move.ts";
import { useRoleCompare } from "../hooks/use-role-compare.ts";
import { navigate } from "../router/navigation.ts";
import type { PageProps } from "../router/routes.ts";

function Comparison({ framework, from, to }: { framework: Framework; from: string; to: string }) {
  const query = useRoleCompare(from || null, to || null);
  const choose = (next: { from: string; to: string }) =>
    navigate(`/compare?${new URLSearchParams(next)}`, { replace: true });
  return (
    <>
      <form className="pickers" onSubmit={(event) => event.preventDefault()}>
        <RolePicker
          framework={framework}
          label="From role"
          value={from}
          onChange={(id) => choose({ from: id, to })}
        />
        <RolePicker
          framework={framework}
          label="To role"
          value={to}
          onChange={(id) => choose({ from, to: id })}
        />
      </form>
      {from && to ? (
        <QueryView query={query}>
          {(change) => <RoleComparison framework={framework} change={change} />}
        </QueryView>
      ) : (
        <EmptyState title="Choose two roles">
          <p>
            Pick where you are and where you might go; what is new in the second is highlighted.
          </p>
        </EmptyState>
      )}
    </>
  );
}

/**
 * Compare two roles side by side, highlighting only what differs. Opened without a choice, it
 * starts on the signed-in person's role and the next role their profile names.
 */
export default function ComparePage({ query }: PageProps) {
  const framework = useFramework();
  const chosen = query.has("from") || query.has("to");
  const { move, settled } = useMyNextMove();
  const from = move?.from;
  const to = move?.to;
  useEffect(() => {
    if (!chosen && from && to)
      navigate(`/compare?${new URLSearchParams({ from, to })}`, { replace: true });
  }, [chosen, from, to]);
  if (!chosen && (!settled || move)) {
    return (
      <>
        <h1>Compare roles</h1>
        <LoadingState />
      </>
    );
  }
  return (
    <>
      <h1>Compare roles</h1>
      <QueryView query={framework}>
        {(data) => (
          <Comparison
            framework={data.framework}
            from={query.get("from") ?? ""}
            to={query.get("to") ?? ""}
          />
        )}
      </QueryView>
    </>
  );
}
