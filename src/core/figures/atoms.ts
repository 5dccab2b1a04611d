/**
 * Numbers in the text, before they are grouped into ranges: each with its value, currency, percent sign or
 * measure unit. Numbers that are part of a date ("September 14"), a time ("10:30"), a label ("Resolution
 * 2231", "posts 542 and 543") or a number word standing alone ("the two") are left out.
 */
import { LABEL_NOUNS, LEXICON, MONTH_WORD, NUMBER_ATOM } from './lexicon';

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
const MEASURES = Object.entries(LEXICON.measureUnits).sort((a, b) => b[0].length - a[0].length);
const CURRENCY_WORDS = Object.entries({ ...LEXICON.currencyCountryWords, ...LEXICON.currencyWords }).sort((a, b) => b[0].length - a[0].length);
const SYMBOLS: Record<string, string> = LEXICON.currencySymbols;

function wordValue(words: string): number {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  if (DOZENS[w] !== undefined) return DOZENS[w];
  return w.split(/[-\s]/).reduce((sum, part) => sum + (NUMBER_WORDS[part] ?? 0), 0);
}

/** A unit or currency word right after the number: "500 km", "5 million euros". */
function unitAfter(text: string, end: number, table: [string, string][]): { unit: string; end: number } | null {
  const rest = text.slice(end, end + 30);
  for (const [word, unit] of table) {
    const m = new RegExp(`^\\s?${word.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&')}(?![\\p{L}])`, 'u').exec(rest);
    if (m) return { unit, end: end + m[0].length };
  }
  return null;
}

function previousWord(text: string, start: number): string {
  const m = /([\p{L}][\p{L}.'-]*)[\s,]*$/u.exec(text.slice(Math.max(0, start - 30), start));
  return m ? m[1] : '';
}

/** A capitalised word that does not start the sentence ("Resolution 2231", "Windows 7"). */
function afterName(text: string, start: number): boolean {
  const m = /([.!?"“]\s+|^\s*|[\p{L},;:]\s+)(\p{Lu}[\p{L}'-]*)\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
  return m !== null && /[\p{L},;:]\s+$/u.test(m[1]) && !MONTH_WORD.test(m[2]) && !/^(?:The|In|On|By|Of|Since|From|Until|And|At|About|Some|Over|Nearly|Around|To)$/.test(m[2]);
}

function isDateOrTime(text: string, start: number, end: number): boolean {
  if (/^(?::\d|\s?[ap]\.?m\b)/i.test(text.slice(end, end + 5))) return true;
  if (MONTH_WORD.test(previousWord(text, start)) && !/,\s*$/.test(text.slice(start - 2, start))) return true;
  return /^(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/.test(text.slice(end, end + 14));
}

/** The numbers of text[from, to). */
export function findAtoms(text: string, from: number, to: number): Atom[] {
  const atoms: Atom[] = [];
  let labelEnd = -1;
  NUMBER_ATOM.lastIndex = from;
  for (let m = NUMBER_ATOM.exec(text); m && m.index < to; m = NUMBER_ATOM.exec(text)) {
    const [whole, symbol, digits, words, scaleWords, short, percent] = m;
    const start = m.index + (symbol ? 0 : whole.length - whole.trimStart().length);
    let end = m.index + whole.length;
    const scale = (scaleWords ?? '').trim().split(/\s+/).filter(Boolean).reduce((s, w) => s * (SCALES[w.toLowerCase()] ?? 1), 1) * (short && symbol ? SHORT[short.toLowerCase()] : 1);
    if (short && !symbol) continue;
    if (/\p{L}[-\u2010\u2011]$/u.test(text.slice(Math.max(0, start - 2), start))) continue;
    if (words && scale === 1 && /^(?:a|one)$/i.test(words)) continue;
    const raw = digits ? Number(digits.replace(/,/g, '')) : wordValue(words ?? '');
    if (digits && isDateOrTime(text, start, end)) continue;
    const prev = previousWord(text, start).toLowerCase();
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
