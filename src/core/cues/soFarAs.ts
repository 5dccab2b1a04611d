/**
 * "She even went so far as to say, "…"" · "He went as far as to call it a fraud" · "went as far to say …":
 * a verb of going with "so/as far (as)" before the infinitive marks the degree of the speech act, as "went on
 * to say" marks its sequence; the infinitive is the subject's cue. `p` is the token right before "to".
 */
import type { Doc } from '../doc';

const GOING = new Set(['go', 'goes', 'went', 'gone', 'going']);

export function goesSoFarAs(doc: Doc, p: number): boolean {
  const lower = doc.tokens.lower;
  // "… far as to": "as" closing the comparison; "… as far to": the comparison's "as" left out.
  const far = lower[p] === 'as' ? p - 1 : p;
  return lower[far] === 'far' && (lower[far - 1] === 'so' || lower[far - 1] === 'as') && GOING.has(lower[far - 2] ?? '');
}
