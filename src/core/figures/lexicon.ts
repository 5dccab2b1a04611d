/** The word lists of figure extraction (data/figures.json) and the patterns built from them (on first use). */
import data from '../data/figures.json';
import { lazyPattern } from '../knowledge/lazyPattern';

export const LEXICON = data;

export const STOP_WORDS = new Set<string>(data.stopWords);
export const IRREGULAR_PLURALS = new Set<string>(data.irregularPlurals);
export const LABEL_NOUNS = new Set<string>(data.labelNouns);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&');
}

/** An alternation of phrases, longest first, spaces matching any whitespace. */
export function alternation(phrases: readonly string[]): string {
  return [...phrases].sort((a, b) => b.length - a.length).map((p) => escape(p).replace(/ /g, '\\s+')).join('|');
}

const TENS = Object.keys(data.numberWords).filter((w) => data.numberWords[w as keyof typeof data.numberWords] >= 20);
const UNITS = Object.keys(data.unitWords);
const SMALL = Object.keys(data.numberWords);
const SCALES = Object.keys(data.scales);

/** "twenty-five", "seven", "a" or "one" (the last two only count before a scale word: "a million"). */
const WORD_NUMBER = `(?:(?:${TENS.join('|')})(?:[-\\s](?:${UNITS.join('|')}))?|${SMALL.join('|')}|${Object.keys(data.dozens).map(escape).join('|').replace(/ /g, '\\s+')}|a|one)`;
/** The words a number in words (WORD_NUMBER) begins with: "twenty", "seven", "half" (a dozen), "a", "one". */
export const NUMBER_WORD_STARTS: readonly string[] = [...TENS, ...SMALL, ...Object.keys(data.dozens).map((d) => d.split(' ')[0]), 'a', 'one'];
const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const CURRENCY = alternation(Object.keys(data.currencySymbols));
const SHORT_SCALE = Object.keys(data.shortScales).join('|');
const PERCENT = '%|\\s?per\\s?cent\\b|\\s?percentage\\s+points?\\b|\\s?percent\\b';

/**
 * One number with its currency, scale and percent sign: "$1.5 billion", "US$ 20,000", "about" is not part of
 * it. Groups: 1 currency, 2 digits, 3 word number, 4 scale words, 5 short scale, 6 percent.
 */
export const NUMBER_ATOM_SOURCE =
  `(?<![\\p{L}\\p{N}.,:$€£¥'’])(${CURRENCY})?\\s?(?:(${DIGITS})|(${WORD_NUMBER}))((?:\\s+(?:${SCALES.join('|')}))*)(?:(?<=\\d)(${SHORT_SCALE})(?![\\p{L}\\p{N}]))?(${PERCENT})?(?![\\p{L}\\p{N}])`;
export const NUMBER_ATOM = lazyPattern(NUMBER_ATOM_SOURCE, 'giu');

export const DECADE = lazyPattern(String.raw`(?<![\p{L}\p{N}])(?:(\d{3}0)s|['’](\d0)s)(?![\p{L}\p{N}])`, 'gu');

const ORDINAL_WORDS = Object.keys(data.ordinalWords).join('|');
export const CENTURY = lazyPattern(`(?<![\\p{L}\\p{N}])(?:(\\d{1,2})(?:st|nd|rd|th)|(${ORDINAL_WORDS}))[\\s-]+century(?![\\p{L}])(?!\\s+(?:BCE?|B\\.C\\.))`, 'giu');

export const ORDINAL = lazyPattern(String.raw`(?<![\p{L}\p{N}.,])(\d{1,4})(?:st|nd|rd|th)(?![\p{L}\p{N}])`, 'gu');

export const APPROXIMATION_BEFORE = lazyPattern(`(?<![\\p{L}])(${alternation(data.approximations)})\\s+$`, 'iu');
export const APPROXIMATION_AFTER = lazyPattern(`^\\s+(${alternation(data.approximationSuffixes)})(?![\\p{L}])`, 'iu');
/** The lowercase last letters of the words before (APPROXIMATION_BEFORE) and first letters of those after. */
export const APPROXIMATION_LAST: ReadonlySet<number> = new Set(data.approximations.map((w) => w.toLowerCase().charCodeAt(w.length - 1)));
export const APPROXIMATION_FIRST: ReadonlySet<number> = new Set(data.approximationSuffixes.map((w) => w.toLowerCase().charCodeAt(0)));

export const MONTH_WORD = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/;
