/**
 * Partial ISO dates ("2001", "2001-07", "2001-07-22"): parsing English dates, comparing dates of different
 * precision, and formatting them for hovers.
 */

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The month number (1–12) of a month name or abbreviation ("Sept.", "aug"), else 0. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w === 'sept') return 9;
  if (w.length < 3) return 0;
  return MONTHS.findIndex((m) => m.startsWith(w)) + 1;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** An ISO date if year/month/day form a real calendar date, else null. */
export function isoDate(year: number, month: number, day?: number): string | null {
  if (year < 1000 || year > 2999 || month < 1 || month > 12) return null;
  if (day === undefined) return `${year}-${pad(month)}`;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The weekday (0 = Sunday) of an ISO yyyy-mm-dd date. */
export function weekdayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function weekdayNumber(word: string): number {
  return WEEKDAYS.indexOf(word.toLowerCase());
}

const MDY = /\b(?:(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,?\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;
const DMY = /\b(?:(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?,?\s+(\d{4})\b/i;
const ISO = /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b/;

export interface FoundDate {
  readonly iso: string;
  readonly index: number;
  readonly length: number;
  /** The weekday named with it ("Friday, August 21, 2015"), or null. */
  readonly weekday: number | null;
}

/** The first full English or ISO date in a string: "Friday, August 21, 2015", "21 August 2015", "2015-08-21". */
export function findFullDate(s: string): FoundDate | null {
  const found: FoundDate[] = [];
  const mdy = MDY.exec(s);
  if (mdy) push(found, mdy, Number(mdy[4]), monthNumber(mdy[2]), Number(mdy[3]), mdy[1]);
  const dmy = DMY.exec(s);
  if (dmy) push(found, dmy, Number(dmy[4]), monthNumber(dmy[3]), Number(dmy[2]), dmy[1]);
  const iso = ISO.exec(s);
  if (iso) push(found, iso, Number(iso[1]), Number(iso[2]), Number(iso[3]), undefined);
  found.sort((a, b) => a.index - b.index);
  return found[0] ?? null;
}

function push(out: FoundDate[], m: RegExpExecArray, y: number, mo: number, d: number, weekday: string | undefined): void {
  const iso = isoDate(y, mo, d);
  if (iso) out.push({ iso, index: m.index, length: m[0].length, weekday: weekday ? weekdayNumber(`${weekday}day`) : null });
}

/**
 * Compares two partial dates: -1 if a is before b, 1 if after, 0 if equal, null when the precision does not
 * allow an answer ("2001-12" and "2001-12-13").
 */
export function compareDates(a: string, b: string): -1 | 0 | 1 | null {
  const n = Math.min(a.length, b.length);
  const pa = a.slice(0, n);
  const pb = b.slice(0, n);
  if (pa < pb) return -1;
  if (pa > pb) return 1;
  return a.length === b.length ? 0 : null;
}

/** "July 22, 2001", "July 2001" or "2001". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y;
  const month = MONTH_NAMES[Number(m) - 1];
  return d ? `${month} ${Number(d)}, ${y}` : `${month} ${y}`;
}

/** The year of a partial date. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}
