/**
 * A stretch set off by dashes between the source and its cue:
 *   `Ada Ruiz — who chairs the committee — argued that …`: a clause or description inside the dashes
 *     describes the phrase before them, which is the source;
 *   `One shopper in the town, Leeds — Ola Berg — told the press …`: a name alone inside the dashes (or with
 *     its relative clause: `— Ola Berg, who runs a bakery —`) is the one the phrase before them describes,
 *     so the name is the source.
 */
import type { Doc } from '../doc';
import { phraseEndingAt, phraseStartingAt, type Phrase } from '../mentions/np';
import { describe } from '../mentions/describe';
import { QUOTE } from '../text/tokenTable';

/**
 * A dash as the tokenizer gives it: hyphen, em and en dashes, and the typed double hyphen "--", which
 * text/tokens.ts makes one token (so no reader here pairs two "-" tokens).
 */
export const DASHES: ReadonlySet<string> = new Set(['—', '–', '--', '-']);
const MAX_INSIDE = 20;

/** The source before a closing dash at token `dash` (the token right before the cue), or null. */
export function sourceAroundDashes(doc: Doc, dash: number, floor: number): Phrase | null {
  const { lower, kind, sent } = doc.tokens;
  if (!DASHES.has(lower[dash])) return null;
  // `A former candidate -- John Hale, who lost in 2008 -- said`: each "--" is one dash token.
  let open = -1;
  for (let k = dash - 1; k > floor && k >= dash - MAX_INSIDE && sent[k] === sent[dash]; k--) {
    if (kind[k] === QUOTE) return null;
    if (DASHES.has(lower[k])) { open = k; break; }
  }
  if (open < 0 || open + 1 >= dash) return null;
  const inner = phraseStartingAt(doc, open + 1);
  // A name alone, or a name and its relative clause (`— Ola Berg, who chairs it —`), is the one described.
  const described = inner !== null && (inner.last === dash - 1 || (lower[inner.last + 1] === ',' && lower[inner.last + 2] === 'who'));
  if (inner && described && describe(doc, inner).name !== null) return inner;
  return phraseEndingAt(doc, open - 1, floor);
}
