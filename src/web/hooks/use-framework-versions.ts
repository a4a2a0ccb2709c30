import { useQuery } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";

/**
 * The organisation's framework versions, newest first.
 *
 * @example
 * const drafts = useFrameworkVersions().data?.items.filter((v) => v.status === "draft");
 */
export function useFrameworkVersions() {
  return useQuery({
    queryKey: queryKeys.frameworkVersions,
    queryFn: () => answer(api.GET("/api/v1/frameworks")),
  });
}

/** What changed from `againstId` (default: the published version) to `versionId`. */
export function useFrameworkDiff(versionId: string, againstId: string | null) {
  return useQuery({
    queryKey: queryKeys.frameworkDiff(versionId, againstId),
    queryFn: () =>
      answer(
        api.GET("/api/v1/frameworks/{id}/diff", {
          params: { path: { id: versionId }, query: againstId ? { against: againstId } : {} },
        }),
      ),
  });
}
