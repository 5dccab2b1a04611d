/**
 * Every match of every alias of a knowledge file, found in one pass over the text's word runs. The aliases
 * are indexed by the run their matches start with ("kyoto", "un", "anti"…); at each run of the text that is
 * such a key, only that key's aliases are tried, each anchored there. The matches are exactly those of
 * running each alias's pattern over the whole text (non-overlapping per alias, leftmost first); aliases that
 * cannot be indexed (a glossary alias starting with "É" or with a slot) still run that way.
 */
import { compileAlias, type CompiledAlias } from './aliases';
import { BUILT_IN } from './base';
import type { KnowledgeFile } from './types';
import { AsciiTrie } from './asciiTrie';
import { ASCII_INDEX, isSpace, runEnd, wordCharAt, wordCharBefore } from './wordChars';
import { firstRunFrom, wordRunsOf } from './wordRuns';
import type { TermMention } from '../types';

export interface Candidate extends TermMention {
  readonly alias: CompiledAlias;
  /** The alias's position in the file: the order in which the aliases were once tried, one after the other. */
  readonly order: number;
}

interface AliasIndex {
  readonly aliases: readonly CompiledAlias[];
  readonly byStartRun: AsciiTrie<number>;
  readonly unindexed: readonly number[];
}

const cache = new WeakMap<KnowledgeFile, AliasIndex>();

/** The file's aliases, compiled and indexed once per file (the built-in one once per process). */
function aliasIndex(file: KnowledgeFile): AliasIndex {
  let index = cache.get(file);
  if (index) return index;
  const slots = { ...BUILT_IN.slots, ...file.slots };
  const aliases = file.entries.flatMap((e) => e.aliases.map((a) => compileAlias(e.id, a, slots)).filter((c): c is CompiledAlias => c !== null));
  const byStartRun = new AsciiTrie<number>();
  const unindexed: number[] = [];
  aliases.forEach((alias, i) => {
    const runs = alias.startRuns;
    if (runs && runs.every((run) => /^[a-z0-9]+$/.test(run))) runs.forEach((run) => byStartRun.add(run, i));
    else unindexed.push(i);
  });
  cache.set(file, (index = { aliases, byStartRun, unindexed }));
  return index;
}

/** Whether spaces and then the word run `word` (lowercase ASCII, compared in any case) follow offset `end`. */
function nextRunIs(text: string, end: number, word: string): boolean {
  let i = end;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (i === end) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(i + k) | 32) !== word.charCodeAt(k)) return false;
  return wordCharAt(text, i + word.length) === 0;
}

/** Tries alias `order` at a run start (the run ending at `runEnd`), unless its previous match covers it. */
function tryAt(text: string, start: number, runEnd: number, order: number, alias: CompiledAlias, lastEnd: Int32Array, out: Candidate[]): void {
  if (start < lastEnd[order]) return;
  if (alias.secondWord !== null && !nextRunIs(text, runEnd, alias.secondWord)) return;
  const end = alias.matchAt(text, start);
  if (end < 0) return;
  lastEnd[order] = end;
  out.push({ start, end, text: text.slice(start, end), entryId: alias.entryId, alias, order });
}

/**
 * The node of the trie that the whole word run from `start` leads to (ASCII letters and digits, any case),
 * or -1: a key is a run itself ("un", not the "un" of "under"); a non-ASCII letter makes the run no key.
 */
function walkRun(text: string, start: number, end: number, table: Int32Array): number {
  let node = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return -1;
    node = table[node * 36 + ASCII_INDEX[c]];
    if (node === 0) return -1;
  }
  return node;
}

/** The matches of the indexed aliases: only at word runs that are one of their start runs. */
function indexedMatches(text: string, from: number, index: AliasIndex, out: Candidate[]): void {
  const lastEnd = new Int32Array(index.aliases.length);
  const runs = wordRunsOf(text);
  let r = firstRunFrom(runs, text, from);
  if (r < 0) { scannedMatches(text, from, index, lastEnd, out); return; }
  for (; r < runs.count; r++) tryRun(text, runs.starts[r], runs.ends[r], index, lastEnd, out);
}

/** `indexedMatches` by scanning the characters from `from` (when `from` splits a surrogate pair). */
function scannedMatches(text: string, from: number, index: AliasIndex, lastEnd: Int32Array, out: Candidate[]): void {
  let i = wordCharBefore(text, from) ? runEnd(text, from) : from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128 ? ASCII_INDEX[c] < 0 : wordCharAt(text, i) === 0) { i++; continue; }
    const end = runEnd(text, i);
    tryRun(text, i, end, index, lastEnd, out);
    i = end;
  }
}

/** Tries the aliases keyed by the run [start, end), if it is a key. */
function tryRun(text: string, start: number, end: number, index: AliasIndex, lastEnd: Int32Array, out: Candidate[]): void {
  const table = index.byStartRun.table;
  const c = text.charCodeAt(start);
  const node = c < 128 && table[ASCII_INDEX[c]] !== 0 ? walkRun(text, start, end, table) : -1;
  const orders = node > 0 ? index.byStartRun.valuesAt(node) : undefined;
  if (orders) for (const k of orders) tryAt(text, start, end, k, index.aliases[k], lastEnd, out);
}

/** Every match of every alias at or after `from`, in no particular order (`order` breaks ties). */
export function aliasMatches(text: string, from: number, file: KnowledgeFile): Candidate[] {
  const index = aliasIndex(file);
  const out: Candidate[] = [];
  indexedMatches(text, from, index, out);
  let lower: string | null = null;
  for (const k of index.unindexed) {
    const alias = index.aliases[k];
    if (alias.anchor && !(lower ??= text.toLowerCase()).includes(alias.anchor, from)) continue;
    alias.regex.lastIndex = from;
    for (let m = alias.regex.exec(text); m; m = alias.regex.exec(text)) {
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], entryId: alias.entryId, alias, order: k });
    }
  }
  return out;
}
