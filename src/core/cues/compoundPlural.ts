/**
 * An -s form of a cue right after a noun that modifies plurals is that plural, not a verb: "the satellite launch,
 * which member states saw as provocative", "the union's member states issued a statement". The modifiers
 * (cues.json pluralModifiers) never take a verb without a determiner, and "the member states that …" is far rarer
 * in news copy than the group of states. A capitalised modifier ("Member States") is read the same way.
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { VERB_FORMS } from './lexicon';
import data from '../data/cues.json';

const PLURAL_MODIFIERS: ReadonlySet<string> = new Set(data.pluralModifiers);

export function isCompoundPlural(doc: Doc, i: number): boolean {
  const { lower, kind, sent } = doc.tokens;
  if (VERB_FORMS.get(lower[i])?.inflection !== 's') return false;
  const prev = i - 1;
  return prev >= 0 && sent[prev] === sent[i] && kind[prev] === WORD && PLURAL_MODIFIERS.has(lower[prev]);
}
