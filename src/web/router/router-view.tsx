import { memo, Suspense, useEffect, useRef } from "react";
import { matchRoute } from "../../pages/match-route.ts";
import { ErrorBoundary } from "../components/error-boundary.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { useLocation } from "./navigation.ts";
import { notFoundRoute, routes } from "./routes.ts";

/**
 * Renders the page for the current location inside the main landmark, focusing it on navigation;
 * `hidden` keeps it loading out of sight until the shell around it is laid out. Memoised: the
 * shell's own answers (session, feedback count) re-render the header, not the page.
 */
export const RouterView = memo(function RouterView({ hidden = false }: { hidden?: boolean }) {
  const { pathname, query } = useLocation();
  const match = matchRoute(routes, pathname);
  const route = match?.route ?? notFoundRoute;
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  useEffect(() => {
    document.title = `${route.title} · Pathways`;
    // Moving focus tells screen readers and keyboard users that the page changed.
    if (!first.current) main.current?.focus();
    first.current = false;
  }, [route]);

  const Page = route.page;
  return (
    <main id="main" ref={main} tabIndex={-1} className="page" hidden={hidden}>
      <ErrorBoundary key={pathname}>
        <Suspense fallback={<LoadingState />}>
          <Page params={match?.params ?? {}} query={query} />
        </Suspense>
      </ErrorBoundary>
    </main>
  );
});
