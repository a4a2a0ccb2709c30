import type { FormEvent } from "react";
import { useMe } from "../hooks/use-me.ts";
import { useSessionActions } from "../hooks/use-session-actions.ts";
import { ErrorState } from "./error-state.tsx";
import { FormField } from "./form-field.tsx";

/**
 * Changes the signed-in user's password (the current one required); every other device is
 * signed out. Shows nothing without a session.
 *
 * @example
 * <ChangePassword />
 */
export function ChangePassword() {
  const { data: me } = useMe();
  const { changePassword } = useSessionActions();
  if (!me) return null;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    changePassword.mutate(
      {
        currentPassword: String(data.get("currentPassword") ?? ""),
        newPassword: String(data.get("newPassword") ?? ""),
      },
      { onSuccess: () => form.reset() },
    );
  }
  return (
    <details className="change-password">
      <summary>Change my password</summary>
      <form className="form" onSubmit={submit} noValidate>
        <FormField
          label="Current password"
          path="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          error={changePassword.error}
        />
        <FormField
          label="New password"
          hint="At least 12 characters; a few words you will remember work well."
          path="newPassword"
          type="password"
          autoComplete="new-password"
          required
          error={changePassword.error}
        />
        {changePassword.error ? <ErrorState error={changePassword.error} /> : null}
        {changePassword.isSuccess ? (
          <p className="notice" role="status">
            Password changed. Your other devices are signed out.
          </p>
        ) : null}
        <button type="submit" className="button" disabled={changePassword.isPending}>
          {changePassword.isPending ? "Saving…" : "Change password"}
        </button>
      </form>
    </details>
  );
}
