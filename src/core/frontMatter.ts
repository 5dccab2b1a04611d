/**
 * Front matter: `key: value` fields between `---` fences at the very top of an article, read before the layout
 * (structure.ts) so its lines are no headline or paragraph. Keys are lowercased, one pair of surrounding quotes
 * dropped; the span runs through the closing fence's line break:
 *   ---
 *   Title: "Dam Talks Stall"
 *   date: 2015-12-02
 *   ---
 * gives fields { title: 'Dam Talks Stall', date: '2015-12-02' }. Without a closing fence (within 20,000
 * characters) there is none.
 */
import type { FrontMatter } from './types';

export function frontMatterOf(text: string): FrontMatter | null {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return null;
  const close = /^---[ \t]*$/m;
  close.lastIndex = 0;
  const rest = text.slice(open[0].length, open[0].length + 20000);
  const m = close.exec(rest);
  if (!m) return null;
  const fields: Record<string, string> = {};
  for (const line of rest.slice(0, m.index).split(/\r?\n/)) {
    const kv = /^\s*([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (kv) fields[kv[1].toLowerCase()] = kv[2].replace(/^(["'])(.*)\1$/, '$2');
  }
  let end = open[0].length + m.index + m[0].length;
  if (text.charCodeAt(end) === 13) end++;
  if (text.charCodeAt(end) === 10) end++;
  return { start: 0, end, fields };
}
