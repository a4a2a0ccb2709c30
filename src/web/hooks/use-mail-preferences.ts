import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { MailPreferences } from "../api/types.ts";

/**
 * The signed-in person's optional mails, and saving a new choice.
 *
 * @example
 * const { preferences, save } = useMailPreferences();
 * save.mutate({ off: ["check-in-due"] });
 */
export function useMailPreferences() {
  const client = useQueryClient();
  const preferences = useQuery({
    queryKey: queryKeys.mailPreferences,
    queryFn: () => answer(api.GET("/api/v1/me/mail-preferences")),
  });
  const save = useMutation({
    mutationFn: (body: MailPreferences) => answer(api.PUT("/api/v1/me/mail-preferences", { body })),
    onSuccess: (saved) => client.setQueryData(queryKeys.mailPreferences, saved),
  });
  return { preferences, save };
}
