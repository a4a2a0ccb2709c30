import type { OutboxMail } from "../api/types.ts";
import { useRetryMail } from "../hooks/use-outbox.ts";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** How a mail stands, in words. */
export const statusWords: Record<OutboxMail["status"], string> = {
  pending: "Waiting to be sent",
  sent: "Sent",
  kept: "Kept: no mail server set up",
  failed: "Not sent",
};

function Status({ mail }: { mail: OutboxMail }) {
  return (
    <>
      {statusWords[mail.status]}
      {mail.status === "failed" && mail.lastError ? (
        <span className="field-hint"> The mail server said: {mail.lastError}</span>
      ) : null}
    </>
  );
}

/** The Outbox's mails as a table: status, recipient, subject, when, link, and "Send again". */
export function OutboxTable({ mails }: { mails: OutboxMail[] }) {
  const retry = useRetryMail();
  return (
    <>
      {retry.isError ? (
        <p role="alert">The mail was not queued again: {retry.error.message}</p>
      ) : null}
      <table className="outbox-table">
        <caption className="visually-hidden">Mails, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">To</th>
            <th scope="col">Subject</th>
            <th scope="col">When</th>
            <th scope="col">Link</th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {mails.map((mail) => (
            <tr key={mail.id}>
              <td>
                <Status mail={mail} />
              </td>
              <td>{mail.to}</td>
              <td>{mail.subject}</td>
              <td>{when.format(new Date(mail.sentAt ?? mail.createdAt))}</td>
              <td>
                {mail.link ? (
                  <a href={mail.link} aria-label={`Link of “${mail.subject}”`}>
                    {mail.link}
                  </a>
                ) : (
                  "No link"
                )}
              </td>
              <td>
                {mail.status === "failed" ? (
                  <button
                    type="button"
                    className="button"
                    disabled={retry.isPending}
                    onClick={() => retry.mutate(mail.id)}
                  >
                    Send again
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
