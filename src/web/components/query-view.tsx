import type { UseQueryResult } from "@tanstack/react-query";
import { type ReactNode, useDeferredValue } from "react";
import { ErrorState } from "./error-state.tsx";
import { LoadingState } from "./loading-state.tsx";

/**
 * Shows loading and error states for a query and renders `children` with its data once there.
 * Data that arrives later is rendered in the background (a deferred value), in small slices the
 * browser can interleave with input, instead of one long task that freezes the page on a phone.
 *
 * @example
 * <QueryView query={useFramework()}>{({ framework }) => <CareerMap framework={framework} />}</QueryView>
 */
export function QueryView<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  const data = useDeferredValue(query.data);
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (data === undefined) return <LoadingState />;
  return <>{children(data)}</>;
}
