/**
 * "…, as reported by the BBC." · "and as confirmed by the JFTC in Japan, Intel has paid …": a passive
 * report in an "as" adjunct names its source after "by", like "according to". "As reported in the local
 * press on Monday, …" names it after "in" when that phrase is a publication (not "as reported in March").
 */
import type { Doc } from '../doc';
import { VERB_FORMS } from './lexicon';
import { CALENDAR } from '../mentions/lexicon';
import { DOCUMENT_NOUNS } from '../mentions/documentNouns';

const MEDIA_NOUNS = new Set(['press', 'media', 'newspaper', 'newspapers', 'paper', 'papers', 'magazine', 'journal', 'outlets', 'reports']);

export function isAsReportedBy(doc: Doc, i: number): boolean {
  const { lower, sent } = doc.tokens;
  const by = lower[i + 1] === 'by' || (lower[i + 1] === 'in' && publicationAt(doc, i + 2));
  return i > 0 && lower[i - 1] === 'as' && by && sent[i - 1] === sent[i] && sent[i + 1] === sent[i] && VERB_FORMS.get(lower[i])?.inflection === 'past';
}

/** Whether the phrase at `k` names a publication within a few words ("the Indian press", "Le Monde"). */
function publicationAt(doc: Doc, k: number): boolean {
  const { lower, cap, sent } = doc.tokens;
  for (let j = k; j < k + 4 && sent[j] === sent[k - 1]; j++) {
    if (lower[j] === ',' || CALENDAR.has(lower[j])) return false;
    if (MEDIA_NOUNS.has(lower[j]) || DOCUMENT_NOUNS.has(lower[j]) || cap[j] === 1) return true;
  }
  return false;
}
