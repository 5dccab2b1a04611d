/**
 * `"Not us, but we can't argue with it!" Holt, the head of the fund, tweeted on Friday with a photo of the
 * planes.`: after a quotation, its speaker and an apposition set off by commas, a past form such as "tweeted" or
 * "posted" is the reporting verb, not a participle modifying the apposition's noun (nounModifyingPast.ts reads
 * "…, posted on Friday" so after a noun: "a message, posted on Friday, said …"). The sentence ends after
 * the adjunct, so no main verb is left for the participle reading.
 */
import type { Doc } from '../doc';
import { QUOTE, WORD } from '../text/tokenTable';

/** Tokens from the closing mark to the past form at most (the name and its apposition). */
const MAX_SOURCE = 30;
/** Tokens after the past form at most before the sentence ends (its adjuncts). */
const MAX_ADJUNCT = 12;

export function isReportingAfterQuote(doc: Doc, i: number): boolean {
  const { lower, kind, sent, cap } = doc.tokens;
  if (lower[i - 1] !== ',') return false;
  // The sentence ends after a short adjunct, with no comma, clause or quotation in it.
  let end = i + 1;
  while (end < doc.tokens.length && end <= i + MAX_ADJUNCT && sent[end] === sent[i] && kind[end] === WORD && lower[end] !== 'that') end++;
  if (end > i + MAX_ADJUNCT || !/^[.!?]$/.test(lower[end] ?? '')) return false;
  // Before it: a closing mark, then a capitalised name, a comma and the apposition.
  for (let k = i - 2; k >= 0 && k >= i - MAX_SOURCE; k--) {
    if (kind[k] !== QUOTE) continue;
    let name = k + 1;
    if (lower[name] === ',') name++;
    return cap[name] === 1 && kind[name] === WORD && lower[name + 1] === ',' && name + 1 < i - 1;
  }
  return false;
}
