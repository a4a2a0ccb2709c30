import { useQuery } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { RoleMapping } from "../api/types.ts";

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

/**
 * What publishing `versionId` would change with the role mapping chosen so far; nothing changes.
 *
 * @example
 * const preview = usePublishPreview(draft.id, { "group-pm": "lead-pm" });
 */
export function usePublishPreview(versionId: string, roleMapping: RoleMapping, enabled = true) {
  return useQuery({
    enabled,
    queryKey: queryKeys.publishPreview(versionId, roleMapping),
    queryFn: () =>
      answer(
        api.POST("/api/v1/frameworks/{id}/publish-preview", {
          params: { path: { id: versionId } },
          body: { roleMapping },
        }),
      ),
    placeholderData: (previous) => previous,
  });
}
