/**
 * A headline that names its source before a colon and quotes it after: "Kasich: 'We Are Going All The Way'",
 * "Lowe: Budget Plan Is 'A Disgrace'". The name before the colon is the speaker of the quotation when the body
 * has that source speak (a surname or name of a body speaker), whether or not the body quotes the same words
 * (headlineEcho.ts needs the body quotation). A kicker naming a topic ("Egypt protests:", "Reports:") names no
 * one who speaks in the body and is left alone.
 */
import type { Doc } from '../doc';
import type { QuoteSpan } from '../quotes/span';
import type { Speaker, StatementKind } from '../types';
import type { Echo } from './headlineEcho';

/** Most words before the colon: a name with its title ("Dr. Ben Carson", "Sen. Ann Lowe"). */
const MAX_NAME_WORDS = 4;
const MIN_WORDS_DIRECT = 3;

const lastWord = (s: string) => (s.toLowerCase().replace(/[’']s$/, '').match(/[\p{L}\p{N}-]+$/u) ?? [''])[0];

/** Headline quotations after "Name:" credited to the body speaker so named; `taken`: spans already statements. */
export function headlineColonQuotes(doc: Doc, quotes: readonly QuoteSpan[], speakers: readonly Speaker[], taken: readonly { start: number; end: number }[]): Echo[] {
  const headline = doc.layout.headline;
  if (!headline) return [];
  const colon = headline.text.indexOf(':');
  if (colon <= 0 || colon > 60) return [];
  const words = headline.text.slice(0, colon).trim().split(/\s+/);
  if (words.length > MAX_NAME_WORDS || !words.every((w) => /^\p{Lu}/u.test(w))) return [];
  const surname = lastWord(words[words.length - 1]);
  const named = speakers.filter((s) => s.statementCount > 0 && [s.name, ...s.aliases].some((n) => /^\p{Lu}/u.test(n) && lastWord(n) === surname));
  if (surname.length < 2 || named.length === 0) return [];
  const speaker = named.reduce((a, b) => (b.statementCount > a.statementCount ? b : a));
  const at = headline.start + colon;
  const out: Echo[] = [];
  for (const q of quotes) {
    if (q.para >= 0 || q.depth !== 0 || q.closeTok === null || q.words === 0 || q.start < at) continue;
    if (taken.some((t) => t.start < q.end && t.end > q.start)) continue;
    // A capitalised clause is quoted whole ("Kasich: 'We Are Going …'"); a phrase inside the headline's clause is a fragment.
    const kind: StatementKind = /^\P{L}*\p{Lu}/u.test(q.text) && q.words >= MIN_WORDS_DIRECT && /^[\s'"‘“]*$/.test(doc.text.slice(at + 1, q.start)) ? 'direct' : 'mixed';
    out.push({ kind, start: q.start, end: q.end, speakerId: speaker.id, quote: q });
  }
  return out;
}
