/**
 * Numbers in the text, before they are grouped into ranges: each with its value, currency, percent sign or
 * measure unit. Numbers that are part of a date ("September 14"), a time ("10:30"), a label ("Resolution
 * 2231", "posts 542 and 543") or a number word standing alone ("the two") are left out.
 */
import { lazyPattern } from '../knowledge/lazyPattern';
import { isSpace } from '../knowledge/wordChars';
import { afterName, previousWord } from './before';
import { LABEL_NOUNS, LEXICON, MONTH_WORD } from './lexicon';
import { numberMatches } from './numberScan';

export interface Atom {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** The scale multiplier written with it ("million" → 1e6), 1 if none. */
  readonly scale: number;
  readonly currency: string | null;
  readonly percent: boolean;
  readonly measure: string | null;
  /** Written in digits without comma or decimals, four digits: a year candidate. */
  readonly fourDigits: boolean;
  readonly words: boolean;
}

const NUMBER_WORDS: Record<string, number> = { ...LEXICON.numberWords, ...LEXICON.unitWords, a: 1, one: 1 };
const SCALES: Record<string, number> = LEXICON.scales;
const SHORT: Record<string, number> = LEXICON.shortScales;
const DOZENS: Record<string, number> = LEXICON.dozens;

/**
 * The words of a table as one pattern, right after a number: "500 km", "5 million euros". Longest word first
 * and, like the table, case-sensitive; a word followed by a letter ("5 kmh") does not count.
 */
function wordsAfter(table: Record<string, string>): { readonly pattern: () => RegExp; readonly units: ReadonlyMap<string, string>; readonly firsts: ReadonlySet<number> } {
  const words = Object.keys(table).sort((a, b) => b.length - a.length);
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&'));
  const firsts = new Set(words.map((w) => w.charCodeAt(0)));
  return { pattern: lazyPattern(`^\\s?(${escaped.join('|')})(?![\\p{L}])`, 'u'), units: new Map(Object.entries(table)), firsts };
}

const MEASURES = wordsAfter(LEXICON.measureUnits);
const CURRENCY_WORDS = wordsAfter({ ...LEXICON.currencyCountryWords, ...LEXICON.currencyWords });
const SYMBOLS: Record<string, string> = LEXICON.currencySymbols;

function wordValue(words: string): number {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  if (DOZENS[w] !== undefined) return DOZENS[w];
  return w.split(/[-\s]/).reduce((sum, part) => sum + (NUMBER_WORDS[part] ?? 0), 0);
}

/** A unit or currency word right after the number: "500 km", "5 million euros". */
function unitAfter(text: string, end: number, table: typeof MEASURES): { unit: string; end: number } | null {
  // The pattern is case-sensitive: a word of the table starts right after the number or after one space.
  const first = table.firsts.has(text.charCodeAt(end)) || (isSpace(text.charCodeAt(end)) && table.firsts.has(text.charCodeAt(end + 1)));
  if (!first) return null;
  const m = table.pattern().exec(text.slice(end, end + 30));
  const unit = m ? table.units.get(m[1]) : undefined;
  return m && unit !== undefined ? { unit, end: end + m[0].length } : null;
}

const LETTER_HYPHEN = lazyPattern(String.raw`\p{L}[-\u2010\u2011]$`, 'u');

/** "F-16", "Su-27": a letter and a hyphen right before the number make it part of a name. */
function afterLetterAndHyphen(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  return (c === 0x2d || c === 0x2010 || c === 0x2011) && LETTER_HYPHEN().test(text.slice(Math.max(0, start - 2), start));
}

function isDateOrTime(text: string, start: number, end: number, previous: string): boolean {
  if (/^(?::\d|\s?[ap]\.?m\b)/i.test(text.slice(end, end + 5))) return true;
  if (MONTH_WORD.test(previous) && !/,\s*$/.test(text.slice(start - 2, start))) return true;
  return /^(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/.test(text.slice(end, end + 14));
}

/** The numbers of text[from, to). */
export function findAtoms(text: string, from: number, to: number): Atom[] {
  const atoms: Atom[] = [];
  let labelEnd = -1;
  for (const m of numberMatches(text, from, to)) {
    const [whole, symbol, digits, words, scaleWords, short, percent] = m;
    const start = m.index + (symbol ? 0 : whole.length - whole.trimStart().length);
    let end = m.index + whole.length;
    const scale = (scaleWords ? scaleWords.trim().split(/\s+/).filter(Boolean).reduce((s, w) => s * (SCALES[w.toLowerCase()] ?? 1), 1) : 1) * (short && symbol ? SHORT[short.toLowerCase()] : 1);
    if (short && !symbol) continue;
    if (words && scale === 1 && /^(?:a|one)$/i.test(words)) continue;
    if (afterLetterAndHyphen(text, start)) continue;
    const raw = digits ? Number(digits.replace(/,/g, '')) : wordValue(words ?? '');
    const previous = previousWord(text, start);
    if (digits && isDateOrTime(text, start, end, previous)) continue;
    const prev = previous.toLowerCase();
    const coordinated = labelEnd >= 0 && /^\s*(?:,|and|or|,\s*and)\s*$/.test(text.slice(labelEnd, start));
    if (digits && !symbol && (LABEL_NOUNS.has(prev) || afterName(text, start) || coordinated)) { labelEnd = end; continue; }
    let currency = symbol ? SYMBOLS[symbol.toUpperCase()] ?? SYMBOLS[symbol] ?? null : null;
    let measure: string | null = null;
    if (!currency && !percent) {
      const money = unitAfter(text, end, CURRENCY_WORDS);
      if (money) { currency = money.unit; end = money.end; }
      else {
        const unit = unitAfter(text, end, MEASURES);
        if (unit) { measure = unit.unit; end = unit.end; }
      }
    }
    const fourDigits = !!digits && /^\d{4}$/.test(digits) && scale === 1 && !currency && !percent;
    atoms.push({ start, end, value: raw * scale, scale, currency, percent: !!percent, measure, fourDigits, words: !digits });
  }
  return atoms;
}
