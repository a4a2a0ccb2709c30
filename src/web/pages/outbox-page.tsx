import { useId, useState } from "react";
import type { OutboxMail } from "../api/types.ts";
import { AdminOnly } from "../components/admin-only.tsx";
import { EmptyState } from "../components/empty-state.tsx";
import { QueryView } from "../components/query-view.tsx";
import { useOutbox } from "../hooks/use-outbox.ts";
import { OutboxTable, statusWords } from "../outbox/outbox-table.tsx";

const statuses = ["kept", "failed", "pending", "sent"] as const satisfies OutboxMail["status"][];

function OutboxList() {
  const [status, setStatus] = useState<OutboxMail["status"] | null>(null);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const cursor = cursors[cursors.length - 1] ?? null;
  const outbox = useOutbox(status, cursor);
  const filterId = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={filterId}>Show</label>
        <select
          id={filterId}
          value={status ?? ""}
          onChange={(event) => {
            setStatus((event.target.value || null) as OutboxMail["status"] | null);
            setCursors([null]);
          }}
        >
          <option value="">Every mail</option>
          {statuses.map((value) => (
            <option key={value} value={value}>
              {statusWords[value]}
            </option>
          ))}
        </select>
      </div>
      <QueryView query={outbox}>
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState title="No mails here">
              <p>
                Mails appear when someone is invited, asked for feedback or reminded of a check-in.
              </p>
            </EmptyState>
          ) : (
            <>
              <OutboxTable mails={page.items} />
              <p>
                {cursors.length > 1 ? (
                  <button
                    type="button"
                    className="button button-quiet"
                    onClick={() => setCursors(cursors.slice(0, -1))}
                  >
                    Newer mails
                  </button>
                ) : null}{" "}
                {page.nextCursor ? (
                  <button
                    type="button"
                    className="button button-quiet"
                    onClick={() => setCursors([...cursors, page.nextCursor])}
                  >
                    Older mails
                  </button>
                ) : null}
              </p>
            </>
          )
        }
      </QueryView>
    </>
  );
}

/** For admins: every mail Pathways sends, kept ones with their links, failed ones to send again. */
export default function OutboxPage() {
  return (
    <>
      <h1>Outbox</h1>
      <AdminOnly>
        <p>
          Every mail Pathways sends. Without a mail server, mails are kept here: pass their link on
          by hand.
        </p>
        <OutboxList />
      </AdminOnly>
    </>
  );
}
