/**
 * A cue inside a subordinate clause that stands before its sentence's main clause: "If the mayor implied that
 * [he would not run], he did not keep his word." · "But while most rivals called for [a bigger effort, also
 * known as the surge], Smith stayed quiet." · "…, and though she has said [she will accept the ruling] – the one
 * issued Monday – critics are still angry." The main clause must follow the subordinate one, so a content that
 * runs to the end of the sentence (or to a participle after a comma) has swallowed it: it ends before the last
 * comma or dash that a clause follows, or, when the main clause opens with a name or a pronoun the clause test
 * does not know the verb of ("Trump hewed closer …"), before the last comma. (adverbialClause.ts cuts the content of a clause verb at sentence
 * start already; this reads the other contents, a link word or a short adverbial before the subordinator, and
 * one after ", and".)
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { PUNCT, WORD } from '../text/tokenTable';
import { SUBJECT_PRONOUNS } from '../mentions/lexicon';
import { isClause } from './clause';
import type { Content } from './content';

/** Subordinators that open a clause before the main one (not "as": "as X said, …" is a cue of its own). */
const SUBORDINATORS = new Set(['although', 'though', 'while', 'whereas', 'if', 'when', 'because', 'unless']);
/** Words linking the sentence to the one before, ahead of the subordinator ("But if …", "And while …"). */
const LINKS = new Set(['but', 'and', 'yet', 'so', 'still']);
/** Marks that may close the subordinate clause before the main one. */
const SEPARATORS = new Set([',', '—', '–', '--']);
/** Most tokens between the subordinator and the cue (the subordinate clause's subject). */
const MAX_SUBJECT = 12;
/** Most tokens of an adverbial opening the sentence before the subordinator. */
const MAX_ADVERBIAL = 8;

/** The subordinator opening the cue's clause, or -1: at sentence start, after a link word or after ", and". */
function subordinatorBefore(doc: Doc, cue: CueSpan): number {
  const { lower, kind, sent } = doc.tokens;
  for (let k = cue.firstTok - 1; k >= 0 && k >= cue.firstTok - MAX_SUBJECT && sent[k] === sent[cue.firstTok]; k--) {
    if (kind[k] !== WORD) return -1;
    if (!SUBORDINATORS.has(lower[k])) continue;
    const before = k - 1;
    const start = before < 0 || sent[before] !== sent[k];
    const linked = !start && LINKS.has(lower[before]) && (before === 0 || sent[before - 1] !== sent[k] || lower[before - 1] === ',');
    return start || linked || afterOpeningAdverbial(doc, before) ? k : -1;
  }
  return -1;
}

/** Whether the comma at token `comma` closes a short adverbial opening the sentence ("In a September debate, while …"). */
function afterOpeningAdverbial(doc: Doc, comma: number): boolean {
  const first = doc.sentStart[comma];
  return doc.tokens.lower[comma] === ',' && comma - first >= 2 && comma - first <= MAX_ADVERBIAL && !isClause(doc, first, comma - 1);
}

/** Whether no main clause follows token `last` in its sentence: only closing punctuation, or a participle after a comma ("…, noting that …"). */
function noMainClauseAfter(doc: Doc, last: number): boolean {
  const { lower, kind } = doc.tokens;
  const end = doc.sentEnd[last];
  if (lower[last + 1] === ',' && kind[last + 2] === WORD && /^[a-z]{3,}ing$/.test(lower[last + 2])) return true;
  for (let k = last + 1; k <= end; k++) if (kind[k] !== PUNCT || SEPARATORS.has(lower[k])) return false;
  return true;
}

/** `content` cut before the main clause it swallowed (see the file's comment), or unchanged. */
export function endBeforeMainOfFronted(doc: Doc, cue: CueSpan, content: Content): Content {
  const { lower, kind, cap } = doc.tokens;
  if (content.first <= cue.lastTok || !noMainClauseAfter(doc, content.last) || subordinatorBefore(doc, cue) < 0) return content;
  let lastSeparator = -1;
  for (let k = content.last - 1; k > content.first + 1; k--) {
    if (!SEPARATORS.has(lower[k])) continue;
    if (isClause(doc, k + 1, content.last)) return { first: content.first, last: k - 1 };
    if (lastSeparator < 0 && lower[k] === ',') lastSeparator = k;
  }
  const next = lastSeparator + 1;
  const subject = lastSeparator > 0 && kind[next] === WORD && (cap[next] === 1 || SUBJECT_PRONOUNS.has(lower[next]));
  return subject ? { first: content.first, last: lastSeparator - 1 } : content;
}
