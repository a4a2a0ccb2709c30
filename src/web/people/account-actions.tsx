import { type FormEvent, useState } from "react";
import { ApiError } from "../api/api-error.ts";
import { ActionError } from "../components/action-error.tsx";
import { FormField } from "../components/form-field.tsx";
import { useAccount } from "../hooks/use-account.ts";
import { useMe } from "../hooks/use-me.ts";
import { usePerson } from "../hooks/use-person.ts";

type Role = "owner" | "admin" | "member";

const roleWords: Record<Role, string> = { owner: "Owner", admin: "Admin", member: "Member" };

/**
 * The account section of a person's page, for admins and owners: the organisation role (owners
 * also make owners and hand over ownership), deactivate or reactivate the account, and delete the
 * person's data on request after typing their name. Fetches what it needs by itself.
 *
 * @example <AccountActions personId={person.id} />
 */
export function AccountActions({ personId }: { personId: string }) {
  const { data: me } = useMe();
  const person = usePerson(personId);
  const { account, setRole, transfer, deactivate, reactivate, erase } = useAccount(personId);
  const [confirm, setConfirm] = useState("");
  const myRole = me?.user.role;
  if (myRole !== "admin" && myRole !== "owner") return null;
  const name = person.data?.name ?? "this person";
  const submitErase = (event: FormEvent) => {
    event.preventDefault();
    erase.mutate(confirm);
  };
  const noAccount = account.error instanceof ApiError && account.error.status === 404;
  const current = account.data;
  const isMe = me?.user.personId === personId;
  return (
    <section aria-labelledby="account-heading">
      <h2 id="account-heading">Account</h2>
      {noAccount ? <p>{name} has no account yet; invite them to sign in.</p> : null}
      {current ? (
        <>
          <p>
            Signs in as {current.email}.{" "}
            {current.status === "active"
              ? "The account is active."
              : `The account was deactivated on ${new Date(current.deactivatedAt ?? "").toLocaleDateString()}; ${name} cannot sign in.`}
          </p>
          <div className="field">
            <label htmlFor="org-role">Organisation role</label>
            <p className="field-hint" id="org-role-hint">
              Admins manage people, imports and settings; owners also make owners. The organisation
              always keeps at least one owner.
            </p>
            <select
              id="org-role"
              aria-describedby="org-role-hint"
              value={current.role}
              disabled={setRole.isPending || (current.role === "owner" && myRole !== "owner")}
              onChange={(event) => setRole.mutate(event.target.value as Role)}
            >
              {(["member", "admin", "owner"] as const).map((role) => (
                <option key={role} value={role} disabled={role === "owner" && myRole !== "owner"}>
                  {roleWords[role]}
                </option>
              ))}
            </select>
            <ActionError action={setRole} />
          </div>
          {myRole === "owner" && !isMe && current.status === "active" ? (
            <p>
              <button
                type="button"
                className="button button-quiet"
                disabled={transfer.isPending}
                onClick={() => transfer.mutate()}
              >
                Hand ownership to {name}
              </button>{" "}
              {name} becomes an owner and you become an admin.
              <ActionError action={transfer} />
            </p>
          ) : null}
          {!isMe ? (
            <p>
              {current.status === "active" ? (
                <button
                  type="button"
                  className="button button-quiet"
                  disabled={deactivate.isPending}
                  onClick={() => deactivate.mutate()}
                >
                  Deactivate the account
                </button>
              ) : (
                <button
                  type="button"
                  className="button button-quiet"
                  disabled={reactivate.isPending}
                  onClick={() => reactivate.mutate()}
                >
                  Reactivate the account
                </button>
              )}{" "}
              {current.status === "active"
                ? `${name} can no longer sign in, and every session and token ends at once; their history stays.`
                : `${name} can sign in again.`}
              <ActionError action={deactivate} />
              <ActionError action={reactivate} />
            </p>
          ) : null}
        </>
      ) : null}
      {!isMe && person.data && !erase.isSuccess ? (
        <form onSubmit={submitErase} aria-labelledby="erase-heading">
          <h3 id="erase-heading">Delete this person's data</h3>
          <p>
            For a request to be forgotten. This removes {name}, their assessments, evidence, growth
            plans, feedback they asked for, gave and received, and their account. It cannot be
            undone. The audit log keeps that it happened, without their details.
          </p>
          <FormField
            label={`Type ${name} to confirm`}
            path="confirm"
            error={erase.error}
            value={confirm}
            onChange={(event) => setConfirm(event.target.value)}
            autoComplete="off"
          />
          <button
            type="submit"
            className="button"
            disabled={erase.isPending || confirm.trim() !== name}
          >
            Delete {name}'s data
          </button>
          <ActionError action={erase} />
        </form>
      ) : null}
      {erase.isSuccess ? <p role="status">The data was deleted.</p> : null}
    </section>
  );
}
