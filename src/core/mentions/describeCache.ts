/**
 * What a phrase says depends only on its words and on a bracketed acronym after it, so phrases that recur
 * ("Putin", "the government") are described once per document. A phrase is looked up by its range of the
 * text (WordTable), so the 75,000 mentions of a 3.9 MB text cost no string each.
 */
import type { Doc } from '../doc';
import { WordTable } from '../text/wordTable';
import { describe, type MentionInfo } from './describe';
import type { Phrase } from './np';

export class DescribeCache {
  private readonly plain = new WordTable<MentionInfo>();
  /** Phrases followed by a bracket, keyed `text(next`: "Korean Central News Agency(KCNA". */
  private readonly bracketed = new Map<string, MentionInfo>();
  /** The phrase being looked up, for `describePending` (no closure per lookup). */
  private pending: Phrase = { first: 0, last: 0 };
  private readonly describePending = (): MentionInfo => describe(this.doc, this.pending);

  constructor(private readonly doc: Doc) {}

  infoOf(p: Phrase): MentionInfo {
    const { doc } = this;
    const tokens = doc.tokens;
    const start = tokens.start[p.first];
    const end = tokens.end[p.last];
    // A joint phrase's parts are described each time ("Bush and Putin").
    if (hasSpacedAnd(doc.text, start, end)) return describe(doc, p);
    if (tokens.lower[p.last + 1] === '(') {
      const key = `${doc.text.slice(start, end)}(${p.last + 2 < tokens.length ? tokens.textOf(p.last + 2) : ''}`;
      let info = this.bracketed.get(key);
      if (!info) { info = describe(doc, p); this.bracketed.set(key, info); }
      return info;
    }
    this.pending = p;
    return this.plain.get(doc.text, start, end, this.describePending);
  }
}

/** Whether `text[start, end)` contains " and " (without slicing it). */
function hasSpacedAnd(text: string, start: number, end: number): boolean {
  for (let i = start; i + 5 <= end; i++) {
    if (text.charCodeAt(i) === 32 && text.charCodeAt(i + 1) === 97 && text.charCodeAt(i + 2) === 110 && text.charCodeAt(i + 3) === 100 && text.charCodeAt(i + 4) === 32) return true;
  }
  return false;
}
