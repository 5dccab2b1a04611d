/**
 * What a figure counts: the noun phrase after it, up to its head noun ("7,000 strategic nuclear weapons",
 * "1,500 warheads each", "700 asylum seekers whose boat sank" → "asylum seekers").
 */
import { lazyPattern } from '../knowledge/lazyPattern';
import { IRREGULAR_PLURALS, LEXICON, STOP_WORDS } from './lexicon';
import { hasPluralEnding } from '../text/pluralSpelling';

const PER_WORDS = [...LEXICON.perWords].sort((a, b) => b.length - a.length);
/** Spaces, then the first per-word (longest first) not followed by a letter; group i + 1 is PER_WORDS[i]. */
const PER_AFTER = lazyPattern(`^\\s+(?:${PER_WORDS.map((p) => `(${p.replace(/ /g, '\\s+')})`).join('|')})(?![\\p{L}])`, 'u');
const HYPHEN_COMPOUND = lazyPattern(String.raw`^[-\u2010\u2011]([\p{L}]+(?:-[\p{L}]+)*)`, 'u');
const NEXT_WORD = lazyPattern(String.raw`^\s+(of\s+)?([\p{L}][\p{L}'’-]*)`, 'u');
const MAX_WORDS = 4;

/** A counted plural noun: an irregular plural ("people"), or a plural ending on a word of three letters or more that is no possessive ("Bush's"). */
function isCountedPlural(word: string): boolean {
  const w = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(w)) return true;
  return w.length > 2 && hasPluralEnding(w) && !/['’]s$/.test(w);
}

/** "14-year-old" → "year-old": a hyphenated compound straight after the number is what it measures. */
function hyphenCompound(rest: string): string | null {
  const m = HYPHEN_COMPOUND().exec(rest);
  return m ? m[1].toLowerCase() : null;
}

/** The counted noun phrase after a figure ending at `end`, or null when none follows. */
export function countedNoun(text: string, end: number, singular: boolean): string | null {
  const rest = text.slice(end, end + 120);
  const compound = hyphenCompound(rest);
  if (compound) return compound;
  const words: string[] = [];
  const re = NEXT_WORD();
  let offset = 0;
  for (let i = 0; i < MAX_WORDS; i++) {
    const m = re.exec(rest.slice(offset));
    if (!m || (i > 0 && m[1])) break;
    const word = m[2];
    if (STOP_WORDS.has(word.toLowerCase())) break;
    words.push(word);
    offset += m[0].length;
    if (singular || isCountedPlural(word)) return withPerWord(words.join(' '), rest.slice(offset));
  }
  return null;
}

/** "warheads" + " each would…" → "warheads each". */
function withPerWord(phrase: string, after: string): string {
  const lower = after.toLowerCase();
  const m = PER_AFTER().exec(lower);
  const per = m ? PER_WORDS[m.findIndex((g, i) => i > 0 && g !== undefined) - 1] : undefined;
  return per ? `${phrase} ${per}` : phrase;
}
