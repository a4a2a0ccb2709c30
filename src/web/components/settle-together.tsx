import type { UseQueryResult } from "@tanstack/react-query";
import { type ReactNode, useDeferredValue } from "react";
import { LoadingState } from "./loading-state.tsx";

/**
 * One loading state for a page whose sections each load their own data: the sections show
 * together once every query has answered (or failed, which each section explains), so a section
 * arriving late never pushes the ones below it down. They render in the background (a deferred
 * value), in slices, so a large page does not freeze a phone while it appears.
 *
 * @example
 * <SettleTogether queries={[summary, versions]}><Summary /><Versions /></SettleTogether>
 */
export function SettleTogether({
  queries,
  pending = false,
  children,
}: {
  queries: readonly UseQueryResult<unknown>[];
  /** Something else still loading that the sections wait for. */
  pending?: boolean;
  children: ReactNode;
}) {
  const settled = !pending && !queries.some((q) => q.isPending && q.fetchStatus !== "idle");
  const shown = useDeferredValue(settled);
  if (!shown) return <LoadingState />;
  return <>{children}</>;
}
