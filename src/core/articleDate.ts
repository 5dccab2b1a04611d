/**
 * The article's date, in order of trust: the front matter (`date: 2015-08-21`), the dateline under the
 * headline ("Friday, August 21, 2015"), a date line or wire-style lead near the top ("GENOA, Italy, July 22,
 * 2001 —"), or a date stated in the text with a weekday that agrees with it ("on Sunday, July 22, 2001").
 */
import { findFullDate, isoDate, monthNumber, weekdayOf } from './knowledge/dates';
import { lazyPattern } from './knowledge/lazyPattern';
import type { Structure } from './types';

const FRONT_MATTER_KEYS = ['date', 'published', 'datepublished', 'pubdate', 'published_at', 'created'];
/** How far into the body a date line or wire lead may stand (characters). */
const TOP = 600;
/** "GENOA, Italy,": capitals, then a comma. */
const WIRE_PLACE = lazyPattern(String.raw`^\p{Lu}[\p{Lu}\s.'-]+,`, 'u');

/** "2015-08-21T10:00Z", "2015-08-21", "August 21, 2015", "August 2015" or "2015-08" as an ISO date. */
function parseDateValue(value: string): string | null {
  const full = findFullDate(value);
  if (full) return full.iso;
  const ym = /^(\d{4})-(\d{2})$/.exec(value.trim());
  if (ym) return isoDate(Number(ym[1]), Number(ym[2]));
  const monthYear = /^([A-Za-z]+)\.?\s+(\d{4})$/.exec(value.trim());
  if (monthYear && monthNumber(monthYear[1])) return isoDate(Number(monthYear[2]), monthNumber(monthYear[1]));
  return null;
}

function fromFrontMatter(structure: Structure): string | null {
  const fields = structure.frontMatter?.fields ?? {};
  for (const key of FRONT_MATTER_KEYS) {
    const value = fields[key];
    if (value) {
      const iso = parseDateValue(value);
      if (iso) return iso;
    }
  }
  return null;
}

/** A line that is only a date ("Friday, August 21, 2015") or a wire lead starting "CITY, … July 22, 2001 —". */
function fromTopLines(text: string, structure: Structure): string | null {
  const start = structure.frontMatter?.end ?? 0;
  const top = text.slice(start, start + TOP);
  for (const line of top.split(/\r?\n/)) {
    const found = findFullDate(line);
    if (!found) continue;
    const before = line.slice(0, found.index).trim();
    const after = line.slice(found.index + found.length).trim();
    const dateOnly = before === '' && /^[.)]?$/.test(after);
    const wireLead = WIRE_PLACE().test(before) && /^(?:\([^)]*\)\s*)?[—–-]/.test(after);
    if (dateOnly || wireLead) return found.iso;
  }
  return null;
}

/** A date given with its weekday in the body, when the weekday is right for it. */
function fromStatedWeekday(text: string, structure: Structure): string | null {
  for (const p of structure.paragraphs) {
    let rest = text.slice(p.start, p.end);
    for (let guard = 0; guard < 20; guard++) {
      const found = findFullDate(rest);
      if (!found) break;
      if (found.weekday !== null && weekdayOf(found.iso) === found.weekday) return found.iso;
      rest = rest.slice(found.index + found.length);
    }
  }
  return null;
}

/** The last answer per structure: `analyze` asks three times (figures, terms, the analysis itself). */
const lastDate = new WeakMap<Structure, { readonly text: string; readonly date: string | null }>();

/** The article's date as ISO yyyy-mm-dd (or yyyy-mm), or null when the text does not tell. */
export function findArticleDate(text: string, structure: Structure): string | null {
  const known = lastDate.get(structure);
  if (known && known.text === text) return known.date;
  const dateline = structure.dateline ? findFullDate(structure.dateline.text)?.iso ?? null : null;
  const date = fromFrontMatter(structure) ?? dateline ?? fromTopLines(text, structure) ?? fromStatedWeekday(text, structure);
  lastDate.set(structure, { text, date });
  return date;
}
