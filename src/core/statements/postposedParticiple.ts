/**
 * Sources found across a participle: a participle after a postposed cue shares the source of that cue
 * (""…," Annan said, warning that …", "…, said Ann Lowe, adding that …"), and a relative after a document's
 * participle speaks for the document ("a BBC report released on Wednesday that claimed …").
 */
import type { Doc } from '../doc';
import { VERB_FORMS } from '../cues/lexicon';
import { phraseEndingAt } from '../mentions/np';
import { SUBJECT_PRONOUNS } from '../mentions/lexicon';
import { QUOTE } from '../text/tokenTable';
import { DOCUMENT_NOUNS } from '../mentions/documentNouns';
import type { Phrase } from '../mentions/np';
import type { Subject } from './subject';

/** The source of the participle after `comma` (the comma before it), or null. */
export function sourceOfPostposedCue(doc: Doc, comma: number, floor: number): Subject | null {
  const { lower } = doc.tokens;
  const verb = VERB_FORMS.get(lower[comma - 1]);
  if (verb && (verb.inflection === 'past' || verb.inflection === 's') && comma - 2 >= floor) {
    const w = lower[comma - 2];
    const phrase = SUBJECT_PRONOUNS.has(w) ? { first: comma - 2, last: comma - 2 } : phraseEndingAt(doc, comma - 2, floor);
    // The cue is postposed: a quotation or a clause and its comma stand before its source.
    const opener = phrase ? phrase.first - 1 : -1;
    return phrase && (doc.tokens.kind[opener] === QUOTE || lower[opener] === ',') ? { phrase, apposition: null } : null;
  }
  const inverted = phraseEndingAt(doc, comma - 1, floor);
  const before = inverted ? VERB_FORMS.get(lower[inverted.first - 1]) : undefined;
  if (!inverted || !before || lower[inverted.first - 2] !== ',') return null;
  // "Twelve doctors, including Ana Costa, criticized the board, demanding …": only a verb of speech content
  // ("…, said Ann Lowe, adding") stands inverted after what was said; "criticized" is followed by its target.
  if (!before.frames.has('clause') && !before.frames.has('quoteOnly')) return null;
  return { phrase: inverted, apposition: null };
}


const PARTICIPLES = /^(?:released|published|issued|posted|sent|written|aired|broadcast|filed|leaked|seen|obtained)$/;
const MAX_ADJUNCT = 5;

/** The document phrase before "<participle> <adjunct> that" (`relative`: the "that"/"which"), or null. */
export function documentBeforeParticiple(doc: Doc, relative: number, floor: number): Phrase | null {
  const lower = doc.tokens.lower;
  for (let p = relative - 1; p > floor && p >= relative - 1 - MAX_ADJUNCT; p--) {
    if (!PARTICIPLES.test(lower[p])) continue;
    const phrase = phraseEndingAt(doc, p - 1, floor);
    return phrase && DOCUMENT_NOUNS.has(lower[phrase.last]) ? phrase : null;
  }
  return null;
}
