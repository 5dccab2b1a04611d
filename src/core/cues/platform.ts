/** "Moreau took to Instagram to say …": the platform phrase between "took to" and an infinitive cue (from verbCue.ts). */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';

const TAKE_FORMS = new Set(['took', 'take', 'takes', 'taking', 'taken']);
/** Lowercase words that end a platform phrase ("social media", "her blog"); "took to the streets" is no platform. */
const PLATFORM_NOUNS = new Set(['media', 'blog', 'airwaves', 'radio', 'television', 'page', 'account', 'website', 'podcast']);

/** "took to Instagram to say", "took to social media to announce": the platform phrase ends at `last`. */
export function tookToPlatform(doc: Doc, last: number): boolean {
  const { lower, kind, sent, cap } = doc.tokens;
  if (cap[last] !== 1 && !PLATFORM_NOUNS.has(lower[last])) return false;
  for (let j = last; j >= 0 && j >= last - 2 && sent[j] === sent[last] && kind[j] === WORD; j--) {
    if (lower[j - 1] === 'to' && TAKE_FORMS.has(lower[j - 2] ?? '')) return true;
  }
  return false;
}
