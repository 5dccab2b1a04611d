/**
 * Words written on a thing: "Protesters carried signs reading "Hands off our hospital."" · "One banner read
 * "No more war."" · "fans wore T-shirts saying "Bring him home."". A slogan on a sign is no one's statement
 * (the annotators' "slogan on a sign"); a leaflet or letter that "reads" still speaks for its authors.
 */
import type { Doc } from '../doc';
import { QUOTE, WORD } from '../text/tokenTable';
import type { QuoteSpan } from './span';

const INSCRIBED = new Set(['sign', 'signs', 'placard', 'placards', 'banner', 'banners', 'poster', 'posters', 't-shirt', 't-shirts', 'shirt', 'shirts', 'sticker', 'stickers', 'billboard', 'billboards', 'badge', 'badges', 'graffiti', 'flag', 'flags', 'hat', 'hats', 'cap', 'caps', 'wristband', 'wristbands', 'sign-board', 'signboard', 'signboards']);
const WRITING_VERBS = new Set(['read', 'reads', 'reading', 'said', 'says', 'saying', 'bearing', 'bore', 'bears', 'proclaiming', 'proclaimed', 'declaring', 'declared', 'included', 'include', 'includes', 'including', 'demanding', 'demanded', 'demand', 'demands', 'calling', 'called']);
/** Words between the thing and its verb: "signs that read", "a banner which said". */
const RELATIVES = new Set(['that', 'which']);

const LIST_LINKS = new Set([',', 'and', 'or']);
/** How many tokens one earlier slogan of a list may span. */
const MAX_SLOGAN = 16;

export function isInscription(doc: Doc, q: QuoteSpan): boolean {
  const { lower, para } = doc.tokens;
  let k = listStart(doc, q.openTok - 1);
  if (lower[k] === ':' || lower[k] === ',') k--;
  // "placards calling for "Fair fees for all"".
  if (lower[k] === 'for' && (lower[k - 1] === 'calling' || lower[k - 1] === 'called')) k--;
  if (k < 1 || para[k] !== q.para || !WRITING_VERBS.has(lower[k])) return false;
  let noun = k - 1;
  if (RELATIVES.has(lower[noun])) noun--;
  // "a banner over the beach reading "…"", "banners at the march said "…"": a place between the thing and its verb.
  if (!INSCRIBED.has(lower[noun])) {
    const thing = beforePlace(doc, noun);
    return thing >= 0 && !inPersonModifier(doc, thing);
  }
  // "One poster said "…"" (on a forum), "A man in a red shirt said "…"", "A woman holding a sign said "…"": with
  // a finite "said" straight after it, the noun is a person's or ends a phrase about one; a sign "reads".
  if ((lower[k] === 'said' || lower[k] === 'says') && noun === k - 1 && (lower[noun] === 'poster' || lower[noun] === 'posters' || inPersonModifier(doc, noun))) return false;
  return noun >= 0 && para[noun] === q.para && INSCRIBED.has(lower[noun]);
}

const PLACE_PREPOSITIONS = new Set(['over', 'at', 'in', 'on', 'outside', 'near', 'above', 'across', 'along', 'from', 'behind']);
/** Longest place phrase skipped ("over the beach", "outside the town hall"). */
const MAX_PLACE = 5;

/** The inscribed thing before a place phrase ending at `last` ("a banner [over the beach]"), or -1. */
function beforePlace(doc: Doc, last: number): number {
  const { lower, kind, para } = doc.tokens;
  for (let j = last; j >= 1 && j > last - MAX_PLACE && para[j] === para[last] && kind[j] === WORD; j--) {
    if (PLACE_PREPOSITIONS.has(lower[j])) return INSCRIBED.has(lower[j - 1]) ? j - 1 : -1;
  }
  return -1;
}

/** Words that link a thing to the person it is about: "a man in a red shirt", "a woman holding a sign". */
const PERSON_LINKS = new Set(['in', 'with', 'wearing', 'holding', 'carrying', 'waving', 'under', 'behind']);

/** Whether a word linking a thing to a person stands up to four words before the noun at `noun`. */
function inPersonModifier(doc: Doc, noun: number): boolean {
  const { lower, kind, sent } = doc.tokens;
  for (let j = noun - 1; j >= 0 && j >= noun - 4 && sent[j] === sent[noun] && kind[j] !== QUOTE && lower[j] !== ','; j--) {
    if (PERSON_LINKS.has(lower[j])) return true;
  }
  return false;
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
