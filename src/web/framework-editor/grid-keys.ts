/** What a key does in the expectations grid. */
export type GridKeyAction =
  | { kind: "move"; row: number; column: number }
  | { kind: "level"; level: number | null }
  | { kind: "mandatory" }
  | { kind: "none" };

/**
 * What a key pressed on a cell of the expectations grid does: arrows (and Home, End) move
 * between cells, a digit on the scale sets the required level, 0 or Delete clears it, and space
 * toggles mandatory.
 *
 * @example gridKeyAction("ArrowRight", { row: 0, column: 0 }, { rows: 3, columns: 4, maxLevel: 5 })
 */
export function gridKeyAction(
  key: string,
  at: { row: number; column: number },
  size: { rows: number; columns: number; maxLevel: number },
): GridKeyAction {
  const move = (row: number, column: number): GridKeyAction => ({
    kind: "move",
    row: Math.min(Math.max(row, 0), size.rows - 1),
    column: Math.min(Math.max(column, 0), size.columns - 1),
  });
  switch (key) {
    case "ArrowUp":
      return move(at.row - 1, at.column);
    case "ArrowDown":
      return move(at.row + 1, at.column);
    case "ArrowLeft":
      return move(at.row, at.column - 1);
    case "ArrowRight":
      return move(at.row, at.column + 1);
    case "Home":
      return move(at.row, 0);
    case "End":
      return move(at.row, size.columns - 1);
    case " ":
      return { kind: "mandatory" };
    case "0":
    case "Delete":
    case "Backspace":
      return { kind: "level", level: null };
  }
  const digit = /^[1-9]$/.test(key) ? Number(key) : null;
  return digit !== null && digit <= size.maxLevel
    ? { kind: "level", level: digit }
    : { kind: "none" };
}
