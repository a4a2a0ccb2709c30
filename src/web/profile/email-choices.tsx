import type { MailPreferences } from "../api/types.ts";
import { QueryView } from "../components/query-view.tsx";
import { useMailPreferences } from "../hooks/use-mail-preferences.ts";

type OptionalMail = MailPreferences["off"][number];

/** The optional mails in a PM's words, in the order they are offered. */
const optionalMails: { kind: OptionalMail; label: string }[] = [
  { kind: "feedback-request", label: "When someone asks for your feedback" },
  { kind: "assessment-submitted", label: "When your manager submits an assessment of you" },
  { kind: "check-in-due", label: "When a check-in on your growth plan comes due" },
  { kind: "cycle-reminder", label: "Reminders of what a check-in cycle still asks of you" },
];

/**
 * The "Email" section of My profile: a checkbox per optional mail, saved as it is ticked.
 * Invitations and password resets always come.
 *
 * @example
 * <EmailChoices />
 */
export function EmailChoices() {
  const { preferences, save } = useMailPreferences();
  return (
    <section aria-labelledby="email-choices-heading" className="email-choices">
      <h2 id="email-choices-heading">Email</h2>
      <QueryView query={preferences}>
        {({ off }) => (
          <fieldset disabled={save.isPending}>
            <legend>Pathways mails you</legend>
            {optionalMails.map(({ kind, label }) => (
              <div key={kind} className="field field-checkbox">
                <input
                  id={`mail-${kind}`}
                  type="checkbox"
                  checked={!off.includes(kind)}
                  onChange={(event) =>
                    save.mutate({
                      off: event.target.checked
                        ? off.filter((other) => other !== kind)
                        : [...off, kind],
                    })
                  }
                />
                <label htmlFor={`mail-${kind}`}>{label}</label>
              </div>
            ))}
            <p className="field-hint">Invitations and password reset mails always come.</p>
            {save.isError ? (
              <p role="alert">That was not saved: {save.error.message} Try again.</p>
            ) : null}
          </fieldset>
        )}
      </QueryView>
    </section>
  );
}
