import type { FormEvent } from "react";
import type { InvitationLink } from "../api/types.ts";
import { EmptyState } from "../components/empty-state.tsx";
import { ErrorState } from "../components/error-state.tsx";
import { FormField } from "../components/form-field.tsx";
import { QueryView } from "../components/query-view.tsx";
import { useInvitationLink } from "../hooks/use-invitation-link.ts";
import { useSessionActions } from "../hooks/use-session-actions.ts";
import { Link } from "../router/link.tsx";
import { navigate } from "../router/navigation.ts";
import type { PageProps } from "../router/routes.ts";

const endedTitles: Record<Exclude<InvitationLink["state"], "open">, string> = {
  expired: "This invitation has expired",
  accepted: "This invitation was already used",
  revoked: "This invitation was withdrawn",
  unknown: "This invitation link does not work",
};

function AcceptForm({ token, link }: { token: string; link: InvitationLink }) {
  const { acceptInvitation } = useSessionActions();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    acceptInvitation.mutate(
      { token, password },
      { onSuccess: () => navigate("/profile", { replace: true }) },
    );
  }
  return (
    <>
      <h1>Welcome to Pathways, {link.personName}</h1>
      <p className="lead">
        {link.organisationName} invited you to Pathways. Create your account to see where you stand,
        where you could go next and how to grow there.
      </p>
      {link.ssoStartUrl ? (
        <p>
          <a className="button button-primary" href={link.ssoStartUrl}>
            Continue with your company sign-in
          </a>
        </p>
      ) : null}
      <form className="card form" onSubmit={submit} noValidate>
        <p>
          Your account: <strong>{link.email}</strong>
        </p>
        <FormField
          label="Choose a password"
          hint="At least 12 characters; a few words you will remember work well. No digits or symbols needed."
          path="password"
          type="password"
          autoComplete="new-password"
          required
          error={acceptInvitation.error}
        />
        {acceptInvitation.error ? <ErrorState error={acceptInvitation.error} /> : null}
        <button
          type="submit"
          className="button button-primary"
          disabled={acceptInvitation.isPending}
        >
          {acceptInvitation.isPending ? "Creating your account…" : "Create my account"}
        </button>
      </form>
    </>
  );
}

/** The page an invitation mail links to: create the account, or what to do when the link ended. */
export default function InvitationPage({ query }: PageProps) {
  const token = query.get("token") ?? "";
  const link = useInvitationLink(token);
  if (!token) {
    return (
      <>
        <h1>{endedTitles.unknown}</h1>
        <p>Open the link from your invitation mail; it carries the part that identifies you.</p>
      </>
    );
  }
  return (
    <QueryView query={link}>
      {(view) =>
        view.state === "open" ? (
          <AcceptForm token={token} link={view} />
        ) : (
          <>
            <h1>{endedTitles[view.state]}</h1>
            <EmptyState title="What to do now">
              <p>{view.advice}</p>
              <p>
                <Link to="/start">Go to sign-in</Link>
              </p>
            </EmptyState>
          </>
        )
      }
    </QueryView>
  );
}
