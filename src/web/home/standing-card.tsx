import type { Home } from "../api/types.ts";
import { ReadinessTag } from "../components/readiness-tag.tsx";
import { Link } from "../router/link.tsx";

type Standing = NonNullable<Home["standing"]>;

const confidenceWords = { high: "high", medium: "medium", low: "low" } as const;

/**
 * The verdict first: the role held, readiness for the next step with its reason, the top three
 * gaps with how certain each is, and how certain the whole picture is.
 */
export function StandingCard({ standing }: { standing: Standing }) {
  const { currentRole, next, gaps } = standing;
  return (
    <section className="card home-standing" aria-labelledby="home-standing-heading">
      <h2 id="home-standing-heading">Where you stand</h2>
      <p className="verdict-line">
        {currentRole ? (
          <>
            You are a <strong>{currentRole.title}</strong>.
          </>
        ) : (
          "Your current role is not set yet; an admin sets it on the People page."
        )}{" "}
        {next ? (
          <>
            Next step: <strong>{next.title}</strong>{" "}
            <ReadinessTag readiness={next.readiness} lowConfidence={next.lowConfidence} />
          </>
        ) : null}
      </p>
      {next ? (
        <>
          <p>{next.verdict}</p>
          <p className="meta">{next.reason}</p>
        </>
      ) : (
        <p>
          There is no next step to measure against yet. <Link to="/paths">Look at your paths</Link>{" "}
          and choose a target role on your profile.
        </p>
      )}
      {gaps.length > 0 ? (
        <>
          <h3>What to grow first</h3>
          <ul className="home-gaps">
            {gaps.map((gap) => (
              <li key={gap.competency}>
                <strong>{gap.name}</strong>
                {gap.mandatory ? <span className="tag">Required</span> : null}
                <span className="home-gap-facts">
                  {gap.confidence === null
                    ? "Not rated yet"
                    : `${gap.shortfall} to grow · ${confidenceWords[gap.confidence]} confidence`}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="meta">
        {standing.selfOnly
          ? "This picture comes only from your own ratings: a manager's or a colleague's view will make it more certain."
          : standing.confidence}
      </p>
      <p className="home-links">
        <Link to="/profile">Your profile in detail</Link>
        <Link to="/paths">Your paths</Link>
        <Link to="/assess">Assess yourself</Link>
      </p>
    </section>
  );
}
