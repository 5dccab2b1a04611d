/**
 * Finds mentions of knowledge-base entries in an article ("the ABM treaty", "START II", "the Kyoto global
 * warming pact"). Ambiguous aliases need support: a context word in the same paragraph ("the ABM" only near
 * "missile", "arms"…) or an unambiguous mention of the same entry elsewhere in the article.
 */
import { findArticleDate } from '../articleDate';
import { aliasMatches, type Candidate } from './aliasIndex';
import { BUILT_IN } from './base';
import { lazyPattern } from './lazyPattern';
import { yearOf } from './dates';
import { SpanIndex } from './spanIndex';
import type { KnowledgeFile } from './types';
import type { Span, Structure, TermMention } from '../types';

/** The paragraph around an offset (or a window of text when the structure has no paragraphs there). */
function paragraphAround(paragraphs: SpanIndex<Span>, text: string, offset: number): Span {
  return paragraphs.at(offset) ?? { start: Math.max(0, offset - 300), end: Math.min(text.length, offset + 300) };
}

const wordPatterns = new Map<string, RegExp>();
const UPPER = lazyPattern(String.raw`\p{Lu}`, 'u');
const NAME_BEFORE = lazyPattern(String.raw`(\p{Lu}[\p{L}'-]*)\s+$`, 'u');

/** The word as a whole word; case-insensitive unless it has a capital ("missile", "Kyiv"). */
function wordPattern(word: string): RegExp {
  let re = wordPatterns.get(word);
  if (!re) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const flags = UPPER().test(word) ? 'u' : 'iu';
    wordPatterns.set(word, (re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, flags)));
  }
  return re;
}

/** "National Security Council": the match follows a capitalised word that is not a sentence start. */
function insideLongerName(text: string, start: number): boolean {
  const before = NAME_BEFORE().exec(text.slice(Math.max(0, start - 40), start));
  return before !== null && !/^(?:The|A|An|In|On|At|By|Of)$/.test(before[1]);
}

function allowedByDate(c: Candidate, year: number | null): boolean {
  const { from, until } = c.alias.rule;
  if (from === undefined && until === undefined) return true;
  if (year === null) return false;
  return (from === undefined || year >= from) && (until === undefined || year <= until);
}

interface Support {
  readonly text: string;
  readonly file: KnowledgeFile;
  readonly paragraphs: SpanIndex<Span>;
  /** Entries named unambiguously somewhere in the article. */
  readonly licensed: Set<string>;
  /** Whether a context's words occur in a paragraph, by context and paragraph. */
  readonly seen: Map<string, boolean>;
}

function supported(c: Candidate, s: Support): boolean {
  const rule = c.alias.rule;
  if (rule.notInsideName && insideLongerName(s.text, c.start)) return false;
  if (!rule.context || s.licensed.has(c.entryId)) return true;
  const p = paragraphAround(s.paragraphs, s.text, c.start);
  const key = `${rule.context}\u0000${p.start}\u0000${p.end}`;
  let found = s.seen.get(key);
  if (found === undefined) {
    const words = s.file.contexts?.[rule.context] ?? BUILT_IN.contexts?.[rule.context] ?? [];
    const paragraph = s.text.slice(p.start, p.end);
    s.seen.set(key, (found = words.some((w) => wordPattern(w).test(paragraph))));
  }
  return found;
}

/** Longest first, then the most specific alias; overlapping shorter matches are dropped. */
function resolveOverlaps(found: Candidate[]): TermMention[] {
  found.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start) || b.alias.literalLength - a.alias.literalLength || a.order - b.order);
  const out: TermMention[] = [];
  let end = -1;
  for (const c of found) {
    if (c.start < end) continue;
    out.push({ start: c.start, end: c.end, text: c.text, entryId: c.entryId });
    end = c.end;
  }
  return out;
}

/** Term mentions of the entries of `file` in the text. */
export function findTermsWith(text: string, structure: Structure, file: KnowledgeFile, date: string | null): TermMention[] {
  const from = structure.frontMatter?.end ?? 0;
  const year = date ? yearOf(date) : null;
  const all = aliasMatches(text, from, file).filter((c) => allowedByDate(c, year));
  const licensed = new Set(all.filter((c) => !c.alias.rule.context && !c.alias.rule.notInsideName).map((c) => c.entryId));
  const support: Support = { text, file, paragraphs: new SpanIndex(structure.paragraphs), licensed, seen: new Map() };
  return resolveOverlaps(all.filter((c) => supported(c, support)));
}

/** Mentions of built-in knowledge-base entries. */
export function findTerms(text: string, structure: Structure): TermMention[] {
  return findTermsWith(text, structure, BUILT_IN, findArticleDate(text, structure));
}
