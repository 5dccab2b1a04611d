/**
 * Quoted fragments that share a sentence with an attributed one are the same source's words: `Cohen thought of
 * the bomber as "a mass murderer" who "deserved to die", adding …` (the cue after reaches only the nearer
 * fragment). A scare-quote fragment (lowercase, a few words) in the sentence of a mixed statement with a source
 * becomes a mixed statement of that source, with its cue. A capitalised name or a term is left alone
 * (roles.ts gives those other roles).
 */
import type { Doc } from '../doc';
import type { QuoteSpan } from '../quotes/span';
import type { Draft } from './drafts';

const MAX_WORDS = 8;

/** Mixed drafts for scare fragments sharing a sentence with an attributed mixed draft; `drafts` sorted by start. */
export function sentenceFragments(doc: Doc, quotes: readonly QuoteSpan[], drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  const { sent } = doc.tokens;
  const bySentence = new Map<number, Draft>();
  for (const d of drafts) {
    if (d.kind === 'mixed' && d.quote && d.phrase && d.cue && !bySentence.has(sent[d.quote.openTok])) bySentence.set(sent[d.quote.openTok], d);
  }
  if (bySentence.size === 0) return out;
  for (const q of quotes) {
    if (q.role !== 'scare' || q.depth !== 0 || q.para < 0 || q.closeTok === null || q.words > MAX_WORDS || !/^\P{L}{0,3}\p{Ll}/u.test(q.text)) continue;
    const d = bySentence.get(sent[q.openTok]);
    if (!d) continue;
    q.role = 'statement';
    out.push({ ...d, start: q.start, end: q.end, para: q.para, inherits: -1, quote: q });
  }
  return out;
}
