/**
 * Words written on a thing: "Protesters carried signs reading "Hands off our hospital."" · "One banner read
 * "No more war."" · "fans wore T-shirts saying "Bring him home."". A slogan on a sign is no one's statement
 * (the annotators' "slogan on a sign"); a leaflet or letter that "reads" still speaks for its authors.
 */
import type { Doc } from '../doc';
import { QUOTE } from '../text/tokenTable';
import type { QuoteSpan } from './span';

const INSCRIBED = new Set(['sign', 'signs', 'placard', 'placards', 'banner', 'banners', 'poster', 'posters', 't-shirt', 't-shirts', 'shirt', 'shirts', 'sticker', 'stickers', 'billboard', 'billboards', 'badge', 'badges', 'graffiti', 'flag', 'flags', 'hat', 'hats', 'cap', 'caps', 'wristband', 'wristbands', 'sign-board', 'signboard', 'signboards']);
const WRITING_VERBS = new Set(['read', 'reads', 'reading', 'said', 'says', 'saying', 'bearing', 'bore', 'bears', 'proclaiming', 'proclaimed', 'declaring', 'declared']);
/** Words between the thing and its verb: "signs that read", "a banner which said". */
const RELATIVES = new Set(['that', 'which']);

const LIST_LINKS = new Set([',', 'and', 'or']);
/** How many tokens one earlier slogan of a list may span. */
const MAX_SLOGAN = 16;

export function isInscription(doc: Doc, q: QuoteSpan): boolean {
  const { lower, para } = doc.tokens;
  let k = listStart(doc, q.openTok - 1);
  if (lower[k] === ':' || lower[k] === ',') k--;
  if (k < 1 || para[k] !== q.para || !WRITING_VERBS.has(lower[k])) return false;
  let noun = k - 1;
  if (RELATIVES.has(lower[noun])) noun--;
  return noun >= 0 && para[noun] === q.para && INSCRIBED.has(lower[noun]);
}

/** "signs reading "A", "B" and "C"": from token `k` before a quotation, back over the slogans listed before it. */
function listStart(doc: Doc, k: number): number {
  const { lower, kind, sent } = doc.tokens;
  while (k > 1 && LIST_LINKS.has(lower[k])) {
    let close = k - 1;
    while (close > 0 && LIST_LINKS.has(lower[close])) close--;
    if (kind[close] !== QUOTE) return k;
    let open = close - 1;
    while (open > 0 && open > close - MAX_SLOGAN && kind[open] !== QUOTE && sent[open] === sent[close]) open--;
    if (kind[open] !== QUOTE || sent[open] !== sent[close]) return k;
    k = open - 1;
  }
  return k;
}
