/**
 * One problem with input checked against the framework: where it is (a dotted path such as
 * `ratings.2.level`), what is wrong and how to fix it. Surfaces turn a list of these into their
 * own form: the API into a problem+json document, the CLI into lines.
 */
export interface InputIssue {
  path: string;
  message: string;
  hint: string;
}
