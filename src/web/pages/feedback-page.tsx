import { QueryView } from "../components/query-view.tsx";
import { FeedbackInbox } from "../feedback/feedback-inbox.tsx";
import { useFeedbackInbox } from "../hooks/use-feedback-inbox.ts";
import { useFramework } from "../hooks/use-framework.ts";
import { SignedInPerson } from "../plan/signed-in-person.tsx";

function Inbox({ personId }: { personId: string }) {
  const framework = useFramework();
  const inbox = useFeedbackInbox(personId);
  return (
    <QueryView query={framework}>
      {({ framework: document }) => (
        <QueryView query={inbox}>
          {({ items }) => <FeedbackInbox framework={document} requests={items} />}
        </QueryView>
      )}
    </QueryView>
  );
}

/** Feedback requests addressed to me: rate only the competencies asked, or decline. */
export default function FeedbackPage() {
  return (
    <>
      <h1>Feedback requests</h1>
      <p className="lead">
        A colleague's growth is clearer with your view. Rate only what you were asked about, from
        what you have seen of their work; if you cannot say, decline.
      </p>
      <SignedInPerson>{(personId) => <Inbox personId={personId} />}</SignedInPerson>
    </>
  );
}
