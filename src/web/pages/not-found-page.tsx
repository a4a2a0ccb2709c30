import { EmptyState } from "../components/empty-state.tsx";
import { Link } from "../router/link.tsx";

/** Shown for an address the app does not know. */
export default function NotFoundPage() {
  return (
    <>
      <h1>Page not found</h1>
      <EmptyState title="Nothing lives at this address">
        <p>
          The link may be old or mistyped. <Link to="/map">Go to the career map</Link>.
        </p>
      </EmptyState>
    </>
  );
}
