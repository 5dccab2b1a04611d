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
import { ASCII_INDEX, AsciiTrie, runEnd, wordCharAt, wordCharBefore } from './wordRuns';
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

/** Tries alias `order` at a run start, unless its previous match covers it. */
function tryAt(text: string, start: number, order: number, alias: CompiledAlias, lastEnd: Int32Array, out: Candidate[]): void {
  if (start < lastEnd[order]) return;
  const re = alias.sticky;
  re.lastIndex = start;
  const m = re.exec(text);
  if (!m) return;
  lastEnd[order] = start + m[0].length;
  out.push({ start, end: start + m[0].length, text: m[0], entryId: alias.entryId, alias, order });
}

function indexedMatches(text: string, from: number, index: AliasIndex, out: Candidate[]): void {
  const { aliases, byStartRun } = index;
  const table = byStartRun.table;
  const lastEnd = new Int32Array(aliases.length);
  const n = text.length;
  let i = wordCharBefore(text, from) ? runEnd(text, from) : from;
  while (i < n) {
    const start = i;
    const c = text.charCodeAt(i);
    if (c < 128 ? ASCII_INDEX[c] < 0 : wordCharAt(text, i) === 0) { i++; continue; }
    // Walk the trie along the whole run: a key must be the run itself ("un", not the "un" of "under").
    let node = 0;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 128) {
        const x = ASCII_INDEX[d];
        if (x < 0) break;
        if (node >= 0) node = table[node * 36 + x] || -1;
        i++;
      } else {
        const w = wordCharAt(text, i);
        if (w === 0) break;
        node = -1;
        i += w;
      }
    }
    const orders = byStartRun.valuesAt(node);
    if (orders) for (const k of orders) tryAt(text, start, k, aliases[k], lastEnd, out);
  }
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
