/**
 * A quoted predicate with no cue of its own, right after a sentence that reports someone: the report runs on in
 * the source's words. `The defence noted he would serve his sentence abroad. The defendant would be "culturally
 * isolated".` · `He described the men as "robotic". Their leader became "very agitated".` · `She told the radio
 * the fault was huge. Therefore, "it could be devastating for the region."`. Such a fragment is a mixed statement
 * of the reported source (linkFloating in statements.ts gives it the previous draft's source, same paragraph).
 *
 * Only a fragment in predicate position counts: after a form of "be" or a linking verb ("would be "…"", "became
 * "…""), or after a comma when it closes the sentence. After a determiner or a noun it names a thing (`the
 * "vow"`, `jurors "for cause"`) and stays a scare quote; so does one in a sentence no report precedes.
 */
import type { Doc } from '../doc';
import type { QuoteSpan } from '../quotes/span';
import { QUOTE } from '../text/tokenTable';
import { BE_FORMS } from './verbWords';
import type { Draft } from './drafts';

const LINKING = new Set(['become', 'becomes', 'became', 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'look', 'looks', 'looked', 'feel', 'feels', 'felt', 'sounds', 'sounded']);
/** Longest fragment read this way. */
const MAX_WORDS = 12;

function inPredicate(doc: Doc, q: QuoteSpan): boolean {
  const { lower, kind, sent } = doc.tokens;
  const prev = q.openTok - 1;
  if (BE_FORMS.has(lower[prev]) || LINKING.has(lower[prev])) return true;
  if (lower[prev] !== ',') return false;
  // ", "it could be devastating for the region."": the quotation ends the sentence.
  const after = q.closeTok! + 1;
  return after >= doc.tokens.length || sent[after] !== sent[q.closeTok!] || (kind[after] !== QUOTE && /^[.!?]$/.test(lower[after]) && sent[after + 1] !== sent[after]);
}

/**
 * Mixed drafts (no cue, no source: linkFloating links them) for the scare-quote fragments that continue a report
 * ending in the sentence before theirs. `drafts` are sorted by start.
 */
export function floatingFragments(doc: Doc, quotes: readonly QuoteSpan[], drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  const { para, start } = doc.tokens;
  let i = 0;
  for (const q of quotes) {
    if (q.role !== 'scare' || q.depth !== 0 || q.para < 0 || q.closeTok === null || q.words > MAX_WORDS || q.openTok < 1 || para[q.openTok - 1] !== q.para) continue;
    if (!/^\P{L}{0,3}\p{Ll}/u.test(q.text) || !inPredicate(doc, q)) continue;
    const sentFirst = doc.sentStart[q.openTok];
    if (sentFirst < 1 || para[sentFirst - 1] !== q.para) continue;
    const prevSentStart = start[doc.sentStart[sentFirst - 1]];
    while (i < drafts.length && drafts[i].end < prevSentStart) i++;
    let reported = false;
    for (let j = i; j < drafts.length && drafts[j].start < start[sentFirst]; j++) if (drafts[j].para === q.para) reported = true;
    if (!reported) continue;
    q.role = 'statement';
    out.push({ kind: 'mixed', start: q.start, end: q.end, para: q.para, cue: null, phrase: null, apposition: null, inherits: -1, quote: q });
  }
  return out;
}
