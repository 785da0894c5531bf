import { handledCasesAround } from '../../syntax/handledCases';
import { contains } from '../../syntax/syntax';
import type { LiteralContexts } from '../../syntax/codes';

/** The switch a literal is a label of, as the syntax tree has it (cases.scm): its subject and every label, above and below. */
export interface TreeSwitch {
  readonly subject: string;
  readonly labels: readonly string[];
}

/**
 * `switch (n) { case 4: … case 131056: }`, PHP's `match ($code) { 130429 => …, 4 => … }`: the literal at `start` (an
 * offset of the detected text) is one of the switch's labels. Where the language has a grammar this reads the whole
 * switch, so the first label, or an arm of small codes above the distinctive ones, knows its siblings.
 */
export function treeSwitchOf(literals: LiteralContexts | undefined, start: number): TreeSwitch | undefined {
  if (!literals) return undefined;
  const offset = literals.offsetOf(start);
  const cases = handledCasesAround(literals.syntax, offset);
  if (!cases?.subject || !cases.labels.some((label) => contains(label, offset))) return undefined;
  return { subject: cases.subject.text, labels: cases.labels.map((label) => label.text) };
}
