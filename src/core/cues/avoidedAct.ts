/**
 * An -ing cue after a verb of avoiding reports no statement: the act was not done. "The governor has avoided
 * directly criticizing the mayor", "stopped short of fully endorsing the plan", "refrained from publicly
 * blaming the council". The phrases are data/cues.json "avoidances"; up to two adverbs may stand between them
 * and the cue ("directly", "fully", "publicly").
 */
import type { Doc } from '../doc';
import { VERB_FORMS } from './lexicon';
import data from '../data/cues.json';

const AVOIDANCES: readonly string[][] = data.avoidances.map((p) => p.split(' '));
const MAX_ADVERBS = 2;

/** Whether the -ing cue at token `i` follows a phrase of avoiding ("avoided criticizing", "short of endorsing"). */
export function isAvoidedAct(doc: Doc, i: number): boolean {
  const { lower, sent } = doc.tokens;
  if (VERB_FORMS.get(lower[i])?.inflection !== 'ing') return false;
  let end = i - 1;
  while (end >= 0 && end > i - 1 - MAX_ADVERBS && sent[end] === sent[i] && /^[a-z]{3,}ly$/.test(lower[end])) end--;
  return AVOIDANCES.some((words) => words.every((w, n) => {
    const k = end - words.length + 1 + n;
    return k >= 0 && sent[k] === sent[i] && lower[k] === w;
  }));
}
