import { type FormEvent, useState } from "react";
import { type GalleryFrameworkId, galleryFrameworks } from "../../framework/gallery.ts";
import { ErrorState } from "../components/error-state.tsx";
import { FormField } from "../components/form-field.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { useSessionActions } from "../hooks/use-session-actions.ts";
import { useSetupStatus } from "../hooks/use-setup-status.ts";
import { useSsoStatus } from "../hooks/use-sso-status.ts";
import { Link } from "../router/link.tsx";
import { navigate } from "../router/navigation.ts";
import type { PageProps } from "../router/routes.ts";
import "./start-page.css";

function text(form: HTMLFormElement, name: string): string {
  return String(new FormData(form).get(name) ?? "");
}

function SetupForm({ token }: { token: string }) {
  const { setup } = useSessionActions();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setup.mutate(
      {
        token,
        organisationName: text(form, "organisationName"),
        name: text(form, "name"),
        email: text(form, "email"),
        password: text(form, "password"),
        startingPoint: (text(form, "startingPoint") || "product-management") as GalleryFrameworkId,
      },
      { onSuccess: () => navigate("/", { replace: true }) },
    );
  }
  return (
    <>
      <h1>Set up Pathways</h1>
      <p className="lead">
        Create your organisation and its owner account. This link works once; after this, everyone
        signs in.
      </p>
      <form className="card form" onSubmit={submit} noValidate>
        <FormField label="Organisation name" path="organisationName" required error={setup.error} />
        <FormField label="Your name" path="name" autoComplete="name" required error={setup.error} />
        <FormField
          label="Email"
          path="email"
          type="email"
          autoComplete="email"
          required
          error={setup.error}
        />
        <FormField
          label="Password"
          hint="At least 12 characters; a few unrelated words work well."
          path="password"
          type="password"
          autoComplete="new-password"
          required
          error={setup.error}
        />
        <fieldset className="field starting-points">
          <legend>Start from</legend>
          <p className="field-hint">
            A framework to assess against from day one; you can import your own or edit it later.
          </p>
          {galleryFrameworks.map((item, index) => (
            <label key={item.id} className="radio-option">
              <input
                type="radio"
                name="startingPoint"
                value={item.id}
                defaultChecked={index === 0}
              />{" "}
              <strong>{item.name}</strong>: {item.description}
            </label>
          ))}
        </fieldset>
        {setup.error ? <ErrorState error={setup.error} /> : null}
        <button type="submit" className="button button-primary" disabled={setup.isPending}>
          {setup.isPending ? "Creating…" : "Create organisation"}
        </button>
      </form>
    </>
  );
}

function SingleSignOn() {
  const sso = useSsoStatus();
  if (!sso.data?.enabled) return null;
  return (
    <div className="card">
      <a className="button button-primary" href="/api/v1/sso/start">
        Sign in with {sso.data.label}
      </a>
      <p>
        {sso.data.passwordsOff
          ? "Your organisation signs in with single sign-on; passwords work only for its break-glass owner."
          : "Or sign in with your email and password below."}
      </p>
    </div>
  );
}

function LoginForm() {
  const { login } = useSessionActions();
  const [email, setEmail] = useState("");
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    login.mutate(
      { email, password: text(form, "password") },
      { onSuccess: () => navigate("/", { replace: true }) },
    );
  }
  return (
    <>
      <h1>Sign in</h1>
      <SingleSignOn />
      <form className="card form" onSubmit={submit} noValidate>
        <FormField
          label="Email"
          path="email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          required
          error={login.error}
        />
        <FormField
          label="Password"
          path="password"
          type="password"
          autoComplete="current-password"
          required
          error={login.error}
        />
        {login.error ? <ErrorState error={login.error} /> : null}
        <button type="submit" className="button button-primary" disabled={login.isPending}>
          {login.isPending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      <p>
        <Link to="/forgot-password">Forgot your password?</Link>
      </p>
      <p>
        Not a product manager yet? <Link to="/placement">See where you might start</Link>, no
        account needed.
      </p>
    </>
  );
}

/** First start (with the token from the setup link) or sign-in. */
export default function StartPage({ query }: PageProps) {
  const status = useSetupStatus();
  const token = query.get("token");
  if (status.isPending) return <LoadingState />;
  if (status.data?.open && token) return <SetupForm token={token} />;
  return (
    <>
      {status.data?.open ? (
        <p className="notice" role="status">
          This server has no accounts yet: open the setup link printed when it started.
        </p>
      ) : null}
      <LoginForm />
    </>
  );
}
