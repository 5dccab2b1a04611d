/**
 * A claim and its denial in a relative clause closing the sentence: "The council has been accused of
 * closing the library, which the council rejects." / "…, a claim the ministry disputes." The content is the
 * clause before the comma; the speaker is the subject of the relative clause. When that clause is itself
 * reported ("Critics say the dam will flood villages, which the government disputes"), the earlier cue
 * already carries it.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { phraseEndingAt } from '../mentions/np';
import { SUBJECT_PRONOUNS } from '../mentions/lexicon';
import { PUNCT } from '../text/tokenTable';

const DENIALS = new Set(['deny', 'dispute', 'reject', 'contest', 'refute', 'rebut']);
const RELATIVE = new Set(['which', 'that']);
/** Nouns naming the claim between the comma and the relative ("…, a claim which …", "…, allegations that …"). */
const CLAIM_NOUNS = /^(?:claims?|allegations?|accusations?|charges?|suggestions?|criticism|reports?|views?|accounts?|versions?|characteri[sz]ation|something|an?)$/;

/** "…, a view the government rejects" / "…, a claim which the council denies": the clause ends at the comma. */
export function claimApposition(doc: Doc, k: number): boolean {
  const lower = doc.tokens.lower;
  return (lower[k] === 'a' || lower[k] === 'an') && CLAIM_NOUNS.test(lower[k + 1] ?? '') && lower[k + 1] !== 'a' && lower[k + 1] !== 'an';
}

export function denialContent(doc: Doc, cue: CueSpan, a: number, isCueAt: (t: number) => boolean): { first: number; last: number } | null {
  if (!DENIALS.has(cue.lemma) || cue.inflection === 'ing') return null;
  const { lower, kind } = doc.tokens;
  const before = cue.firstTok - 1;
  const subject = SUBJECT_PRONOUNS.has(lower[before]) ? { first: before, last: before } : phraseEndingAt(doc, before, a);
  if (!subject) return null;
  let k = subject.first - 1;
  if (RELATIVE.has(lower[k])) k--;
  while (k > a && CLAIM_NOUNS.test(lower[k])) k--;
  if (lower[k] !== ',' || k - a < 4) return null;
  for (let t = a; t < k; t++) if (isCueAt(t)) return null;
  let last = k - 1;
  while (last > a && kind[last] === PUNCT) last--;
  return { first: a, last };
}
