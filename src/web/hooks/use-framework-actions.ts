import { useMutation, useQueryClient } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { FrameworkSourceInput, RatingRequestAsk, RoleMapping } from "../api/types.ts";

/**
 * Checking, importing and publishing framework files, and asking people to rate what a new
 * version added (admins); the server does every check.
 *
 * @example
 * const { validate } = useFrameworkActions();
 * validate.mutate({ source, fileName: "framework.yaml" });
 */
export function useFrameworkActions() {
  const client = useQueryClient();
  const validate = useMutation({
    mutationFn: (input: FrameworkSourceInput) =>
      answer(api.POST("/api/v1/frameworks/validate", { body: input })),
  });
  const importVersion = useMutation({
    mutationFn: (input: FrameworkSourceInput) =>
      answer(api.POST("/api/v1/frameworks", { body: input })),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.frameworkVersions }),
  });
  const publish = useMutation({
    mutationFn: ({ versionId, roleMapping }: { versionId: string; roleMapping: RoleMapping }) =>
      answer(
        api.POST("/api/v1/frameworks/{id}/publish", {
          params: { path: { id: versionId } },
          body: { roleMapping },
        }),
      ),
    // Every page reads the published framework: fetch it all again.
    onSuccess: () => client.invalidateQueries(),
  });
  const askToRate = useMutation({
    mutationFn: (body: RatingRequestAsk) => answer(api.POST("/api/v1/rating-requests", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.feedbackInbox }),
  });
  return { validate, importVersion, publish, askToRate };
}
