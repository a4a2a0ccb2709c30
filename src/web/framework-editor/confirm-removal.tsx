import { type ReactNode, useEffect, useRef, useState } from "react";

/**
 * A button that removes an item of the draft only once the admin confirms, after saying in plain
 * words what goes with it. The question takes the focus when it opens, so it is read first, and
 * the button takes it back once answered (then naming the item now shown).
 */
export function ConfirmRemoval({
  name,
  kind,
  consequences,
  onRemove,
}: {
  /** The item's name as people know it, e.g. "Senior Product Manager". */
  name: string;
  /** What the item is, e.g. "role". */
  kind: string;
  /** What goes with the item, and what is left to fix; worked out only when asked. */
  consequences: () => ReactNode;
  onRemove: () => void;
}) {
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLFieldSetElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const answered = useRef(false);
  useEffect(() => {
    if (asking) question.current?.focus();
    else if (answered.current) button.current?.focus();
    answered.current = false;
  }, [asking]);
  const answer = () => {
    answered.current = true;
    setAsking(false);
  };
  if (!asking) {
    return (
      <button
        ref={button}
        type="button"
        aria-label={`Remove this ${kind}: ${name}`}
        className="button button-quiet"
        onClick={() => setAsking(true)}
      >
        Remove this {kind}
      </button>
    );
  }
  return (
    <fieldset className="editor-fieldset confirm" ref={question} tabIndex={-1}>
      <legend>Remove {name} from the draft?</legend>
      {consequences()}
      <div className="editor-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            answer();
            onRemove();
          }}
        >
          Yes, remove the {kind}
        </button>
        <button type="button" className="button button-quiet" onClick={answer}>
          Keep it
        </button>
      </div>
    </fieldset>
  );
}
