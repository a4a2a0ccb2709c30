import type { Framework } from "../api/types.ts";
import { EmptyState } from "../components/empty-state.tsx";
import { QueryView } from "../components/query-view.tsx";
import { RoleComparison } from "../components/role-comparison.tsx";
import { RolePicker } from "../components/role-picker.tsx";
import { useFramework } from "../hooks/use-framework.ts";
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

/** Compare two roles side by side, highlighting only what the second newly asks. */
export default function ComparePage({ query }: PageProps) {
  const framework = useFramework();
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
