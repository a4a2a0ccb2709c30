import type { FormEvent } from "react";
import { ErrorState } from "../components/error-state.tsx";
import { FormField } from "../components/form-field.tsx";
import { usePasswordReset } from "../hooks/use-password-reset.ts";
import { Link } from "../router/link.tsx";

/** Asks for a password reset link by mail; says the same whatever the email. */
export default function ForgotPasswordPage() {
  const { request } = usePasswordReset();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    request.mutate(String(new FormData(event.currentTarget).get("email") ?? ""));
  }
  return (
    <>
      <h1>Forgot your password?</h1>
      {request.data ? (
        <p className="notice" role="status">
          {request.data.message}
        </p>
      ) : (
        <form className="card form" onSubmit={submit} noValidate>
          <p>Give the email you sign in with; we mail you a link to choose a new password.</p>
          <FormField
            label="Email"
            path="email"
            type="email"
            autoComplete="username"
            required
            error={request.error}
          />
          {request.error ? <ErrorState error={request.error} /> : null}
          <button type="submit" className="button button-primary" disabled={request.isPending}>
            {request.isPending ? "Sending…" : "Mail me a link"}
          </button>
        </form>
      )}
      <p>
        <Link to="/start">Back to sign-in</Link>
      </p>
    </>
  );
}
