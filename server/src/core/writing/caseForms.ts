import forms from './caseForms.json';

/** How a grammar writes what the writing aids add (caseForms.json says what each part is). */
export interface Form {
  readonly case: readonly string[];
  readonly fallback: readonly string[];
  readonly comment: string;
  readonly entry?: string;
  /**
   * A map entry's lines where a separator may not end the list (Java's arguments): each new entry
   * comes after a `,`, and `{example}` is the map's last entry written anew (`131049, "…"` of
   * `Map.of`, `Map.entry(131049, "…")`) with `{label}` and `{message}` in it.
   */
  readonly separatedEntry?: readonly string[];
  /** How many entries a bounded map takes (Java's `Map.of`: 10 pairs). */
  readonly boundedEntries?: number;
  /** What separates cases (a switch expression's `,`): put after the last one when cases go after it. */
  readonly separator?: string;
  /** The form of a switch whose cases are arms (`case 470 ->`, `470 =>`). */
  readonly arms?: Form;
  /** What goes before a test that `{subject}` is in a collection, so that it is false for `{code}`. */
  readonly excludes?: string;
  /** The same before a test that it is not in one (`not in`), so that it is true for `{code}`. */
  readonly excludesNegated?: string;
}

export function formOf(grammar: string): Form | undefined {
  const name = (forms.sameAs as Record<string, string>)[grammar] ?? grammar;
  return (forms.grammars as Record<string, Form>)[name];
}
