import "./organisation.css";

/**
 * What the import filled in because the file did not say it (one track, promotions, scale labels,
 * placeholder text …), each in plain words, so the admin knows what to refine before publishing:
 * after the import on the Organisation page, and beside the draft in the framework editor.
 */
export function FrameworkAssumed({
  assumed,
  where = "in the framework",
}: {
  assumed: readonly string[];
  /** Where the admin refines them, e.g. "below" in the editor. */
  where?: string;
}) {
  return (
    <section className="framework-assumed" aria-labelledby="framework-assumed-heading">
      <h3 id="framework-assumed-heading">Filled in for you</h3>
      <p>Your file did not say these; refine them {where} before you publish.</p>
      <ul>
        {assumed.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
