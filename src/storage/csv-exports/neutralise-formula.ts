/**
 * What a spreadsheet reads as the start of a formula (OWASP's list: = + - @, tab, carriage
 * return), also behind quotes: those are quoted once more, so restoring gives back the cell.
 */
const quotedFormulaStart = /^'*[=+\-@\t\r]/;

/** A plain number, as the numeric columns of the exports write them. */
const plainNumber = /^-?\d+(\.\d+)?$/;

/**
 * Makes one exported cell inert in a spreadsheet: a cell that starts like a formula gets a single
 * quote in front (OWASP's advice), so `=HYPERLINK(...)` shows as text instead of running. In a
 * numeric column a plain number (negative ones too) is left alone, so it stays a number; anything
 * else there is neutralised like text.
 *
 * @example neutraliseFormula("=1+1") // "'=1+1"
 * @example neutraliseFormula("-2.5", { numeric: true }) // "-2.5"
 */
export function neutraliseFormula(cell: string, options: { numeric?: boolean } = {}): string {
  if (options.numeric && plainNumber.test(cell)) return cell;
  return quotedFormulaStart.test(cell) ? `'${cell}` : cell;
}

/**
 * Undoes {@link neutraliseFormula} on a cell read back from an export, so an exported file
 * imports as it was: a quote is dropped only where it stands before a formula character.
 *
 * @example restoreNeutralisedCell("'=1+1") // "=1+1"
 */
export function restoreNeutralisedCell(cell: string): string {
  return cell.startsWith("'") && quotedFormulaStart.test(cell.slice(1)) ? cell.slice(1) : cell;
}
