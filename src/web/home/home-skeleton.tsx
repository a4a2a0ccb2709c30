/** Home while it loads: the same sections and headings, so nothing moves when the answer comes. */
export function HomeSkeleton() {
  const lines = (count: number) =>
    Array.from({ length: count }, (_, index) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: placeholder lines have no identity.
      <span key={index} className="home-placeholder" aria-hidden="true" />
    ));
  return (
    <div aria-busy="true">
      <p className="visually-hidden" role="status">
        Loading your Home…
      </p>
      <section className="card home-standing" aria-label="Where you stand (loading)">
        <h2>Where you stand</h2>
        {lines(6)}
      </section>
      <section className="card home-tasks" aria-label="What to do next (loading)">
        <h2>What to do next</h2>
        {lines(3)}
      </section>
      <section className="card home-plan" aria-label="Your growth plan (loading)">
        <h2>Your growth plan</h2>
        {lines(2)}
      </section>
    </div>
  );
}
