import type { FormEvent } from "react";
import { ErrorState } from "../components/error-state.tsx";
import { FormField } from "../components/form-field.tsx";
import { usePasswordReset } from "../hooks/use-password-reset.ts";
import { Link } from "../router/link.tsx";
import type { PageProps } from "../router/routes.ts";

/** The page a reset mail links to: choose a new password, then sign in with it. */
export default function ResetPasswordPage({ query }: PageProps) {
  const token = query.get("token") ?? "";
  const { complete } = usePasswordReset();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    complete.mutate({ token, password });
  }
  if (complete.isSuccess) {
    return (
      <>
        <h1>Your password is changed</h1>
        <p className="notice" role="status">
          You are signed out on every device. <Link to="/start">Sign in</Link> with your new
          password.
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Choose a new password</h1>
      <form className="card form" onSubmit={submit} noValidate>
        <FormField
          label="New password"
          hint="At least 12 characters; a few words you will remember work well. No digits or symbols needed."
          path="password"
          type="password"
          autoComplete="new-password"
          required
          error={complete.error}
        />
        {complete.error ? <ErrorState error={complete.error} /> : null}
        <button type="submit" className="button button-primary" disabled={complete.isPending}>
          {complete.isPending ? "Saving…" : "Save the new password"}
        </button>
      </form>
      <p>
        Link not working? <Link to="/forgot-password">Ask for a new one</Link>.
      </p>
    </>
  );
}
