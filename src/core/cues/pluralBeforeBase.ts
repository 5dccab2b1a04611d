/**
 * A base form after a word that is no plural noun is still the verb of a plural subject when that word ends it:
 *   a figure or a share of a poll: "About 40 percent say they …", "About 4 in 10 say they …";
 *   a relative clause after a plural head: "Supporters who have heard from the campaign say their …".
 * The base form must open its content (a pronoun, a possessive, a determiner or "that" after it), so a compound
 * noun inside the relative ("Lawyers who filed the asylum claim say …": "claim" before "say") is no verb.
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { hasPluralEnding } from '../text/pluralSpelling';

/** Words that end a share of a poll after its figure ("40 percent"): not shareWords.ts's lists, as "40% say" is read without this. */
const SHARES = new Set(['percent', 'cent']);
/** Words that open the content right after the verb. */
const CONTENT_OPENERS = new Set(['they', 'he', 'she', 'we', 'i', 'it', 'their', 'his', 'her', 'its', 'our', 'the', 'a', 'an', 'that', 'this', 'there']);
/** Plural heads without the plural -s. */
const PLURAL_HEADS = new Set(['people', 'men', 'women', 'children', 'police']);
/** Most words of a relative clause read between its pronoun and the base form. */
const MAX_RELATIVE = 10;

/** Whether the word at `prev` ends a plural subject of the base form at `i` (see the file's comment). */
export function pluralSubjectBefore(doc: Doc, prev: number, i: number): boolean {
  const { lower, kind, sent, digitFirst } = doc.tokens;
  if (!CONTENT_OPENERS.has(lower[i + 1] ?? '') || sent[i + 1] !== sent[i]) return false;
  // "About 40 percent say", "4 in 10 say": a share of those polled.
  if (SHARES.has(lower[prev]) && digitFirst[prev - 1] === 1) return true;
  if (digitFirst[prev] === 1 && lower[prev - 1] === 'in' && digitFirst[prev - 2] === 1) return true;
  // "Supporters who have heard directly from the campaign say": the relative's plural head is the subject.
  for (let k = prev - 1; k > 0 && k >= prev - MAX_RELATIVE && sent[k] === sent[i] && kind[k] === WORD; k--) {
    if (lower[k] !== 'who') continue;
    const head = lower[k - 1];
    return kind[k - 1] === WORD && (PLURAL_HEADS.has(head) || (hasPluralEnding(head) && !head.endsWith('ss')));
  }
  return false;
}
