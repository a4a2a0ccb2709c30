import { type FormEvent, useState } from "react";
import { ActionError } from "../components/action-error.tsx";
import { FormField } from "../components/form-field.tsx";
import { QueryView } from "../components/query-view.tsx";
import { useApiTokens } from "../hooks/use-api-tokens.ts";

const day = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString() : "never");

const statusWords = { active: "Works", expired: "Expired", revoked: "Revoked" } as const;

/**
 * My profile's "Tokens for scripts": create a personal access token (name, read-only or
 * read-write, lifetime), see it once, list and revoke tokens.
 *
 * @example <ApiTokensSection />
 */
export function ApiTokensSection() {
  const { tokens, create, revoke } = useApiTokens();
  const [name, setName] = useState("");
  const [scope, setScope] = useState<"read" | "read-write">("read");
  const [days, setDays] = useState(90);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name, scope, expiresInDays: days }, { onSuccess: () => setName("") });
  };
  return (
    <section aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">Tokens for scripts</h2>
      <p>
        A token lets a script use Pathways as you, by sending{" "}
        <code>Authorization: Bearer &lt;token&gt;</code>. It can do what you can, read-only or also
        make changes, until it expires or you revoke it.
      </p>
      <form onSubmit={submit}>
        <FormField
          label="Name"
          hint="What uses it, e.g. Nightly export."
          path="name"
          error={create.error}
          value={name}
          onChange={(event) => setName(event.target.value)}
          required
          maxLength={100}
        />
        <fieldset>
          <legend>What it may do</legend>
          <label>
            <input
              type="radio"
              name="scope"
              checked={scope === "read"}
              onChange={() => setScope("read")}
            />{" "}
            Read only
          </label>{" "}
          <label>
            <input
              type="radio"
              name="scope"
              checked={scope === "read-write"}
              onChange={() => setScope("read-write")}
            />{" "}
            Read and change
          </label>
        </fieldset>
        <FormField
          label="Expires after (days)"
          hint="90 days unless you choose otherwise; one year at most."
          path="expiresInDays"
          error={create.error}
          type="number"
          min={1}
          max={365}
          value={days}
          onChange={(event) => setDays(Number(event.target.value))}
        />
        <button type="submit" className="button" disabled={create.isPending}>
          Create token
        </button>
      </form>
      {create.data ? (
        <div role="status" className="token-once">
          <p>
            Your token <strong>{create.data.details.name}</strong> — copy it now, it is shown only
            this once:
          </p>
          <p>
            <code>{create.data.token}</code>
          </p>
        </div>
      ) : null}
      <ActionError action={revoke} />
      <QueryView query={tokens}>
        {({ items }) =>
          items.length === 0 ? (
            <p>You have no tokens yet.</p>
          ) : (
            <table>
              <caption>Your tokens</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Ends with</th>
                  <th scope="col">May</th>
                  <th scope="col">Expires</th>
                  <th scope="col">Last used</th>
                  <th scope="col">State</th>
                  <th scope="col">Revoke</th>
                </tr>
              </thead>
              <tbody>
                {items.map((token) => (
                  <tr key={token.id}>
                    <td>{token.name}</td>
                    <td>…{token.hint}</td>
                    <td>{token.scope === "read" ? "Read only" : "Read and change"}</td>
                    <td>{day(token.expiresAt)}</td>
                    <td>{day(token.lastUsedAt)}</td>
                    <td>{statusWords[token.status]}</td>
                    <td>
                      {token.status === "active" ? (
                        <button
                          type="button"
                          className="button button-quiet"
                          disabled={revoke.isPending}
                          onClick={() => revoke.mutate(token.id)}
                        >
                          Revoke {token.name}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryView>
    </section>
  );
}
