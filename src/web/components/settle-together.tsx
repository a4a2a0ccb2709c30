import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { LoadingState } from "./loading-state.tsx";

/**
 * One loading state for a page whose sections each load their own data: the sections show
 * together once every query has answered (or failed, which each section explains), so a section
 * arriving late never pushes the ones below it down.
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
  if (pending || queries.some((query) => query.isPending && query.fetchStatus !== "idle")) {
    return <LoadingState />;
  }
  return <>{children}</>;
}
