/**
 * The document every attribution pass reads: the text, its layout, its tokens (with paragraph and sentence
 * indices) and the caption paragraphs. Built once per analysis.
 */
import { findLayout, type Layout } from './structure';
import { splitSentences } from './text/sentences';
import { TokenTable } from './text/tokenTable';
import { tokenize } from './text/tokens';
import { releaseIfLarge, sharedVocabulary } from './text/vocabulary';
import type { Sentence, Structure } from './types';
import type { TokenReuse } from './incremental/tokenReuse';

export interface Doc {
  readonly text: string;
  readonly layout: Layout;
  readonly structure: Structure;
  /** Tokens of the headline (para -1) and of the body paragraphs, in order. */
  readonly tokens: TokenTable;
  readonly sentences: Sentence[];
  /** For each token, the index of the first and of the last token of its sentence. */
  readonly sentStart: Int32Array;
  readonly sentEnd: Int32Array;
  /** Paragraphs that are picture captions ("… Image: NASA."), which a running quotation skips. */
  readonly captions: ReadonlySet<number>;
  /** Paragraphs of a reference list under a "Sources" / "References" heading: citations, not statements. */
  readonly backMatter: ReadonlySet<number>;
}

const CAPTION = /(?:^|[.!?)]\s+)(?:Image|Photo|Picture|Photograph|Credit|Video|Source)s?\s*:\s*[^.!?]{1,80}[.]?\s*$/;

/** A citation line: a title and a publisher or date ("\"Title\" — CBC.ca, August 15, 2008"), or site links. */
const CITATION = /[—–]|\s-\s|\b(?:1[89]|20)\d\d\b|https?:|www\.|^Categories:/;
const BACK_MATTER = /^(?:sources?|references|external links|see also|related news|related stories|further reading|notes)\s*:?$/i;

/** Whether one of the last 90 characters of [start, end) is a colon (bounded: never scans further back). */
function hasColonNear(text: string, start: number, end: number): boolean {
  for (let i = end - 1; i >= start && i >= end - 90; i--) if (text.charCodeAt(i) === 58) return true;
  return false;
}

/** `reuse`: the tokens of the previous version of the document, for the paragraphs an edit left unchanged. */
export function buildDoc(text: string, reuse?: TokenReuse): Doc {
  const layout = findLayout(text);
  // English prose has about one token per five characters; the table grows if a text has more.
  const tokens = new TokenTable(text, (text.length >> 2) + 16, sharedVocabulary());
  if (layout.headline) {
    tokenize(tokens, layout.headline.start, layout.headline.end, -1);
  }
  const captions = new Set<number>();
  const backMatter = new Set<number>();
  let inBackMatter = false;
  for (const p of layout.paragraphs) {
    if (!reuse?.appendUnchanged(tokens, p)) tokenize(tokens, p.start, p.end, p.index);
    // Only the paragraph's tail can hold a credit ("… Image: NASA."), so only the tail is read.
    if (p.end - p.start < 600 && hasColonNear(text, p.start, p.end) && CAPTION.test(text.slice(p.start, p.end))) captions.add(p.index);
    const short = p.end - p.start < 40;
    if (short && BACK_MATTER.test(text.slice(p.start, p.end))) inBackMatter = true;
    else if (inBackMatter && p.end - p.start < 400 && CITATION.test(text.slice(p.start, p.end))) backMatter.add(p.index);
    else inBackMatter = false;
  }
  tokens.seal();
  releaseIfLarge(tokens.vocabulary);
  const { all, sentStart, sentEnd } = splitSentences(tokens);
  const sentences = all.filter((s) => s.paragraph >= 0);
  const structure: Structure = { ...layout, sentences };
  return { text, layout, structure, tokens, sentences, captions, sentStart, sentEnd, backMatter };
}
