/**
 * Headlines in Title Case ("Clinton Says Russians Hacked DNC, Calls Putin Remarks 'Troubling'", the style of
 * several US news sites) capitalise their cue too. There a capitalised -s form after a word is still the
 * headline's present-tense cue, as "says" is in "Clinton says …" (verbCue.ts rejects capitalised cue words
 * after a word elsewhere: "State Department Spokesman …").
 */
import type { Doc } from '../doc';
import { isTitleCased } from '../text/titleCase';
import { isTitleCaseSubhead } from '../subheads';

/** At most this many headline tokens are read for its case. */
const MAX_TOKENS = 40;

const memo = new WeakMap<Doc, boolean>();

/** Whether the headline (paragraph -1) writes nearly every word of four letters or more with a capital. */
export function isTitleCaseHeadline(doc: Doc): boolean {
  const known = memo.get(doc);
  if (known !== undefined) return known;
  const { para } = doc.tokens;
  let end = 0;
  while (end < doc.tokens.length && end < MAX_TOKENS && para[end] < 0) end++;
  const titled = isTitleCased(doc, 0, end);
  memo.set(doc, titled);
  return titled;
}

/**
 * Whether token `i` is a capitalised word of a Title Case headline or subhead (read it as if lowercase):
 * live blogs title each post like a headline ("Mayor Says The Bridge Will Open In May", subheads.ts).
 */
export function capitalisedByHeadline(doc: Doc, i: number): boolean {
  const para = doc.tokens.para[i];
  return doc.tokens.cap[i] === 1 && (para < 0 ? isTitleCaseHeadline(doc) : isTitleCaseSubhead(doc, para));
}
