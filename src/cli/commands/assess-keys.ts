import type { AssessKey } from "./assess-state.ts";

const sequences: [string, AssessKey][] = [
  ["\x1b[A", { kind: "up" }],
  ["\x1bOA", { kind: "up" }],
  ["\x1b[B", { kind: "down" }],
  ["\x1bOB", { kind: "down" }],
  ["\x1b[D", { kind: "left" }],
  ["\x1bOD", { kind: "left" }],
  ["\r\n", { kind: "enter" }],
  ["\r", { kind: "enter" }],
  ["\n", { kind: "enter" }],
  ["\x7f", { kind: "backspace" }],
  ["\b", { kind: "backspace" }],
  ["\x03", { kind: "interrupt" }],
];

/**
 * Splits raw terminal input into keys: arrow and control sequences become named keys, runs of
 * printable characters become text, and anything else (other escape sequences) is dropped.
 *
 * @example readKeys("\x1b[Bgood\r") // [{ kind: "down" }, { kind: "text", text: "good" }, { kind: "enter" }]
 */
export function readKeys(input: string): AssessKey[] {
  const keys: AssessKey[] = [];
  let text = "";
  const flush = () => {
    if (text !== "") keys.push({ kind: "text", text });
    text = "";
  };
  let at = 0;
  while (at < input.length) {
    const match = sequences.find(([sequence]) => input.startsWith(sequence, at));
    if (match) {
      flush();
      keys.push(match[1]);
      at += match[0].length;
      continue;
    }
    const char = input[at] ?? "";
    if (char === "\x1b" && at === input.length - 1) {
      // A lone escape, as the esc key sends it.
      flush();
      keys.push({ kind: "escape" });
      at += 1;
      continue;
    }
    if (char === "\x1b") {
      flush();
      // An unknown escape sequence (e.g. right arrow): skip its final letter too.
      const end = input.slice(at + 1).search(/[A-Za-z~]/);
      at += end < 0 ? input.length : end + 2;
      continue;
    }
    if (char >= " ") text += char;
    at += 1;
  }
  flush();
  return keys;
}
