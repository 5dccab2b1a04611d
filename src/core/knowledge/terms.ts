/**
 * Finds mentions of knowledge-base entries in an article ("the ABM treaty", "START II", "the Kyoto global
 * warming pact"). Ambiguous aliases need support: a context word in the same paragraph ("the ABM" only near
 * "missile", "arms"…) or an unambiguous mention of the same entry elsewhere in the article.
 */
import { findArticleDate } from '../articleDate';
import { compileAlias, type CompiledAlias } from './aliases';
import { BUILT_IN } from './base';
import { yearOf } from './dates';
import type { KnowledgeFile } from './types';
import type { Span, Structure, TermMention } from '../types';

interface Candidate extends TermMention {
  readonly alias: CompiledAlias;
}

const compiledCache = new WeakMap<KnowledgeFile, CompiledAlias[]>();

function compiledAliases(file: KnowledgeFile): CompiledAlias[] {
  let compiled = compiledCache.get(file);
  if (!compiled) {
    const slots = { ...BUILT_IN.slots, ...file.slots };
    compiled = file.entries.flatMap((e) => e.aliases.map((a) => compileAlias(e.id, a, slots)).filter((c): c is CompiledAlias => c !== null));
    compiledCache.set(file, compiled);
  }
  return compiled;
}

/** Every match of every alias, outside the front matter. */
function candidates(text: string, from: number, aliases: readonly CompiledAlias[]): Candidate[] {
  const lower = text.toLowerCase();
  const out: Candidate[] = [];
  for (const alias of aliases) {
    if (alias.anchor && !lower.includes(alias.anchor, from)) continue;
    alias.regex.lastIndex = from;
    for (let m = alias.regex.exec(text); m; m = alias.regex.exec(text)) {
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], entryId: alias.entryId, alias });
    }
  }
  return out;
}

/** The paragraph around an offset (or a window of text when the structure has no paragraphs there). */
function paragraphAround(structure: Structure, text: string, offset: number): Span {
  const p = structure.paragraphs.find((q) => q.start <= offset && offset < q.end);
  return p ?? { start: Math.max(0, offset - 300), end: Math.min(text.length, offset + 300) };
}

function containsWord(haystack: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const flags = /\p{Lu}/u.test(word) ? 'u' : 'iu';
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, flags).test(haystack);
}

/** "National Security Council": the match follows a capitalised word that is not a sentence start. */
function insideLongerName(text: string, start: number): boolean {
  const before = /(\p{Lu}[\p{L}'-]*)\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
  return before !== null && !/^(?:The|A|An|In|On|At|By|Of)$/.test(before[1]);
}

function allowedByDate(c: Candidate, year: number | null): boolean {
  const { from, until } = c.alias.rule;
  if (from === undefined && until === undefined) return true;
  if (year === null) return false;
  return (from === undefined || year >= from) && (until === undefined || year <= until);
}

function supported(c: Candidate, text: string, structure: Structure, file: KnowledgeFile, licensed: Set<string>): boolean {
  const rule = c.alias.rule;
  if (rule.notInsideName && insideLongerName(text, c.start)) return false;
  if (!rule.context || licensed.has(c.entryId)) return true;
  const words = file.contexts?.[rule.context] ?? BUILT_IN.contexts?.[rule.context] ?? [];
  const p = paragraphAround(structure, text, c.start);
  const paragraph = text.slice(p.start, p.end);
  return words.some((w) => containsWord(paragraph, w));
}

/** Longest first, then the most specific alias; overlapping shorter matches are dropped. */
function resolveOverlaps(found: Candidate[]): TermMention[] {
  found.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start) || b.alias.literalLength - a.alias.literalLength);
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
  const all = candidates(text, from, compiledAliases(file)).filter((c) => allowedByDate(c, year));
  const licensed = new Set(all.filter((c) => !c.alias.rule.context && !c.alias.rule.notInsideName).map((c) => c.entryId));
  return resolveOverlaps(all.filter((c) => supported(c, text, structure, file, licensed)));
}

/** Mentions of built-in knowledge-base entries. */
export function findTerms(text: string, structure: Structure): TermMention[] {
  return findTermsWith(text, structure, BUILT_IN, findArticleDate(text, structure));
}
