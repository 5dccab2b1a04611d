/**
 * What a phrase says depends (almost only: see ExactDescribeMemo) on its words and on a bracketed acronym
 * after it, so phrases that recur ("Putin", "the government") are described once per document, keyed by
 * their text and the token after a bracket. A phrase is looked up by its range of the text (WordTable), so
 * the 75,000 mentions of a 3.9 MB text cost no string each. A phrase new to the document is described
 * through the exact memo, which every analysis of the process shares.
 */
import type { Doc } from '../doc';
import { SharedMemo } from '../text/sharedMemo';
import { detached } from '../text/vocabulary';
import { WordTable, nextHash } from '../text/wordTable';
import { describe, type MentionInfo } from './describe';
import type { Phrase } from './np';
import { isCommonAtStart } from './initialCaps';

/** Something that describes phrases (possibly from a memo). */
export interface Describer {
  infoOf(p: Phrase): MentionInfo;
}

export class DescribeCache implements Describer {
  private readonly plain = new WordTable<MentionInfo>(256);
  /** Phrases followed by a bracket, keyed `text(next`: "Korean Central News Agency(KCNA". */
  private readonly bracketed = new Map<string, MentionInfo>();
  /** Joint phrases ("Bush and Putin"), which this cache's key would not tell apart well enough. */
  private readonly joint: ExactDescribeMemo;
  /** The phrase being looked up and the hash of its text, for `describePending` (no closure per lookup). */
  pending: Phrase = { first: 0, last: 0 };
  pendingHash = 0;

  constructor(readonly doc: Doc) {
    this.joint = new ExactDescribeMemo(doc);
  }

  infoOf(p: Phrase): MentionInfo {
    const { doc } = this;
    const tokens = doc.tokens;
    const start = tokens.start[p.first];
    const end = tokens.end[p.last];
    // A joint phrase ("Bush and Putin") gets exactly describe's answer. One pass: the phrase's hash for the
    // table below, and whether it contains " and ".
    const text = doc.text;
    let hash = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 32 && i + 5 <= end && text.charCodeAt(i + 1) === 97 && text.charCodeAt(i + 2) === 110 && text.charCodeAt(i + 3) === 100 && text.charCodeAt(i + 4) === 32) return this.joint.infoOf(p);
      hash = nextHash(hash, c);
    }
    if (tokens.lower[p.last + 1] === '(') {
      const key = `${doc.text.slice(start, end)}(${p.last + 2 < tokens.length ? tokens.textOf(p.last + 2) : ''}`;
      let info = this.bracketed.get(key);
      if (!info) { info = exactInfo(doc, p); this.bracketed.set(key, info); }
      return info;
    }
    this.pending = p;
    this.pendingHash = hash;
    return this.plain.getHashed(text, start, end, hash, describePending, this);
  }
}

function describePending(_text: string, cache: DescribeCache): MentionInfo {
  return sharedInfo(cache.doc, cache.pending, cache.pendingHash);
}

/**
 * exactInfo's answers for phrases with no sentence start inside and no bracket after (the key is then the
 * text and whether the word before is capitalised: one table for each), found by the range of the text and
 * the hash infoOf has already: a phrase new to a document costs no key string and no Map lookup.
 */
const plainExact = [new WordTable<MentionInfo>(4096, detached), new WordTable<MentionInfo>(4096, detached)];
/** Phrases per table before it is let go (as SharedMemo does). */
const PLAIN_EXACT_LIMIT = 20000;

/** The phrase `sharedInfo` is looking up, for `exactPending` (no closure per lookup). */
const pending: { doc: Doc | null; phrase: Phrase } = { doc: null, phrase: { first: 0, last: 0 } };

/** exactInfo's answer for `p`, whose text has hash `hash` (nextHash from 0). */
function sharedInfo(doc: Doc, p: Phrase, hash: number): MentionInfo {
  const tokens = doc.tokens;
  if (tokens.lower[p.last + 1] === '(') return exactInfo(doc, p);
  for (let k = p.first; k <= p.last; k++) if (doc.sentStart[k] === k) return exactInfo(doc, p);
  const table = plainExact[tokens.cap[p.first - 1] === 1 ? 1 : 0];
  if (table.count >= PLAIN_EXACT_LIMIT) table.clear();
  pending.doc = doc;
  pending.phrase = p;
  const info = table.getHashed(doc.text, tokens.start[p.first], tokens.end[p.last], hash, exactPending, pending);
  pending.doc = null; // holds no document past the lookup
  return info;
}

function exactPending(_text: string, at: typeof pending): MentionInfo {
  return exactInfo(at.doc!, at.phrase);
}

/**
 * An exact memo of `describe` (for statement sources and joint phrases): its answer depends on nothing but
 * the phrase's text, a bracketed acronym right after it ("(KCNA)"), and whether the word before it is
 * capitalised (read for a name particle opening the phrase: "Charles de Gaulle"), so those make the key
 * and every answer is the one `describe` would give — in this document or any other (the memo is shared).
 */
export class ExactDescribeMemo implements Describer {
  constructor(private readonly doc: Doc) {}

  infoOf(p: Phrase): MentionInfo {
    const { text, tokens } = this.doc;
    let hash = 0;
    for (let i = tokens.start[p.first], end = tokens.end[p.last]; i < end; i++) hash = nextHash(hash, text.charCodeAt(i));
    return sharedInfo(this.doc, p, hash);
  }
}

const exactMemo = new SharedMemo<MentionInfo>(20000);

function exactInfo(doc: Doc, p: Phrase): MentionInfo {
  const tokens = doc.tokens;
  // Only "(X)" right after the phrase is read (an acronym); any other following words make no difference.
  const bracket = tokens.lower[p.last + 1] === '(' && p.last + 3 < tokens.length ? `${tokens.textOf(p.last + 2)}\u0000${tokens.lower[p.last + 3]}` : '';
  // nameRun asks isCommonAtStart of a word of the phrase, which depends on the sentence and the document: its
  // answer at each sentence-initial token of the phrase is part of the key.
  let initial = '';
  for (let k = p.first; k <= p.last; k++) if (doc.sentStart[k] === k) initial += isCommonAtStart(doc, k) ? `${k - p.first}c` : `${k - p.first}n`;
  const key = `${tokens.cap[p.first - 1] === 1 ? 'C' : '-'}${doc.text.slice(tokens.start[p.first], tokens.end[p.last])}\u0001${bracket}\u0001${initial}`;
  return exactMemo.get(key) ?? exactMemo.set(detached(key), detachedInfo(describe(doc, p)));
}

/** A copy of `info` holding no slice of the analysed text, fit for the shared memo. */
function detachedInfo(info: MentionInfo): MentionInfo {
  const own = (s: string | null) => (s === null ? null : detached(s));
  return { ...info, text: detached(info.text), name: own(info.name), acronym: own(info.acronym), role: own(info.role), pronoun: own(info.pronoun), parts: info.parts.map(detachedInfo) };
}

