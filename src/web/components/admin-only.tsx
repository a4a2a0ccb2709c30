import type { ReactNode } from "react";
import { useMe } from "../hooks/use-me.ts";
import { Link } from "../router/link.tsx";
import { EmptyState } from "./empty-state.tsx";
import { QueryView } from "./query-view.tsx";

/**
 * Renders `children` for organisation admins and owners; everyone else is told the page is for
 * admins. The server refuses them anyway: this only spares them a page of errors.
 *
 * @example
 * <AdminOnly><OutboxList /></AdminOnly>
 */
export function AdminOnly({ children }: { children: ReactNode }) {
  return (
    <QueryView query={useMe()}>
      {(me) =>
        me && me.user.role !== "member" ? (
          children
        ) : (
          <EmptyState title="This page is for admins">
            <p>
              {me ? "Ask an admin of your organisation for access." : "Sign in as an admin."}{" "}
              <Link to="/map">Back to the career map</Link>.
            </p>
          </EmptyState>
        )
      }
    </QueryView>
  );
}
