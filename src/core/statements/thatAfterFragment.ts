/**
 * "Friel said the company faced "a difficult year" and that some jobs would go.": the quoted fragment is
 * the mixed statement, and the content clause coordinated after it by "and that" (or "but that") is the same
 * source's indirect statement (the cue is spent on the fragment, so the indirect pass never reads it).
 */
import type { Doc } from '../doc';
import type { Draft } from './drafts';
import { clauseEnd } from './clauseEnd';
import { isClause } from './clause';

/** How far after the closing mark "and that" may stand ("… "lost control" of the border, and that …"). */
const REACH = 10;
const QUOTE_MARK = /["“”‘’]|(?:^|\s)'|'(?:\s|$)/;

function andThatAfter(doc: Doc, close: number): number {
  const { lower, sent } = doc.tokens;
  for (let k = close + 1; k < close + REACH && k + 1 < doc.tokens.length && sent[k] === sent[close]; k++) {
    const word = lower[k];
    if (word === '.' || word === ';' || word === ':' || QUOTE_MARK.test(doc.text.slice(doc.tokens.start[k], doc.tokens.end[k]))) return -1;
    // "… "a difficult year", but that no jobs would go": a contrasted that-clause is the same report.
    if ((word === 'and' || word === 'but') && lower[k + 1] === 'that') return k + 2;
  }
  return -1;
}

export function indirectAfterFragments(doc: Doc, quoted: readonly Draft[], isCueAt: (tok: number) => boolean): Draft[] {
  const out: Draft[] = [];
  for (const d of quoted) {
    if (d.kind !== 'mixed' || !d.cue || !d.quote || d.quote.closeTok === null) continue;
    const first = andThatAfter(doc, d.quote.closeTok);
    if (first < 0 || doc.tokens.sent[first] !== doc.tokens.sent[d.quote.closeTok]) continue;
    const last = clauseEnd(doc, first, isCueAt);
    if (last < first || !isClause(doc, first, last)) continue;
    const start = doc.tokens.start[first];
    const end = doc.tokens.end[last];
    // "… and that it would "look again"": a clause holding a quotation is that quotation's statement.
    if (QUOTE_MARK.test(doc.text.slice(start, end))) continue;
    out.push({ kind: 'indirect', start, end, para: d.para, cue: d.cue, phrase: d.phrase, apposition: d.apposition, inherits: -1, quote: null });
  }
  return out;
}
