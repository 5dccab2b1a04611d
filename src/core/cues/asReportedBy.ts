/**
 * "…, as reported by the BBC." · "and as confirmed by the JFTC in Japan, Intel has paid …": a passive
 * report in an "as" adjunct names its source after "by", like "according to".
 */
import type { Doc } from '../doc';
import { VERB_FORMS } from './lexicon';

export function isAsReportedBy(doc: Doc, i: number): boolean {
  const { lower, sent } = doc.tokens;
  return i > 0 && lower[i - 1] === 'as' && lower[i + 1] === 'by' && sent[i - 1] === sent[i] && sent[i + 1] === sent[i] && VERB_FORMS.get(lower[i])?.inflection === 'past';
}
