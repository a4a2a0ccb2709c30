import { useMutation } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";

/**
 * Asking for a password reset link by mail, and setting a new password through it; neither
 * needs a session.
 *
 * @example
 * const { request } = usePasswordReset();
 * request.mutate("ava@example.com");
 */
export function usePasswordReset() {
  const request = useMutation({
    mutationFn: (email: string) => answer(api.POST("/api/v1/password-resets", { body: { email } })),
  });
  const complete = useMutation({
    mutationFn: (input: { token: string; password: string }) =>
      answer(
        api.POST("/api/v1/password-resets/{token}/complete", {
          params: { path: { token: input.token } },
          body: { password: input.password },
        }),
      ),
  });
  return { request, complete };
}
