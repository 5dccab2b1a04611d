/**
 * Every place the text names a possible source, outside quotations: proper-name runs ("Russian President
 * Vladimir Putin"), role phrases ending in a role or group noun ("a police spokesman", "U.S. officials") and
 * pronouns. Pronoun resolution and alias clustering (speakers.ts) read them in text order.
 */
import type { Doc } from './doc';
import type { QuoteSpan } from './quotes/span';
import { describe, type MentionInfo } from './mentions/describe';
import { DescribeCache } from './mentions/describeCache';
import { phraseEndingAt, type Phrase } from './mentions/np';
import { DETERMINERS, GROUPS, isStopWord, JOINERS, ROLES, SUBJECT_PRONOUNS } from './mentions/lexicon';
import { WORD } from './text/tokenTable';

export interface Mention {
  /** What the phrase says; shared by the mentions of the same phrase (see DescribeCache). */
  readonly info: MentionInfo;
  /** UTF-16 offsets of the phrase. */
  readonly start: number;
  readonly end: number;
  readonly first: number;
  readonly last: number;
  readonly sent: number;
  /** Followed by "'s": a possessor, a weak antecedent for a subject pronoun. */
  readonly possessive: boolean;
  /** After a preposition ("in a statement to the Australian Broadcasting Corporation"): a weak antecedent. */
  readonly oblique: boolean;
  /** Followed by a comma (a possible apposition with the next mention). */
  readonly comma: boolean;
  /** The source of a statement: the strongest antecedent. */
  source?: boolean;
}

const SKIP_CAPS = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'after', 'before', 'when', 'while', 'but', 'and', 'as', 'if', 'for', 'since', 'during', 'yesterday', 'today', 'tomorrow', 'however', 'meanwhile', 'also', 'then', 'so', 'although', 'though', 'because', 'this', 'that', 'these', 'those', 'there', 'it', 'i', 'we', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'image', 'photo', 'his', 'her', 'their', 'its', 'our', 'my', 'both', 'some', 'many', 'all', 'one', 'two', 'no', 'not', 'what', 'who', 'where', 'why', 'how', 'asked']);

const NAME_PARTICLES = new Set(['al', 'el', 'de', 'da', 'di', 'van', 'von', 'bin', 'ibn', 'la', 'le', 'du', 'del']);

const PREPOSITIONS = new Set(['to', 'in', 'on', 'at', 'from', 'by', 'with', 'of', 'for', 'into', 'about', 'against', 'toward', 'towards', 'near', 'board', 'aboard', 'than', 'between', 'among', 'through', 'via', 'under', 'over', 'after', 'before', 'during', 'like']);

export function makeMention(doc: Doc, p: Phrase, cache?: DescribeCache): Mention {
  const { lower, sent } = doc.tokens;
  const next = lower[p.last + 1];
  const prev = p.first - 1;
  const oblique = prev >= 0 && sent[prev] === sent[p.first] && PREPOSITIONS.has(lower[prev]);
  const info = cache ? cache.infoOf(p) : describe(doc, p);
  return { info, start: doc.tokens.start[p.first], end: doc.tokens.end[p.last], first: p.first, last: p.last, sent: sent[p.first], possessive: next === "'s" || next === '’s', oblique, comma: next === ',' };
}

export function findMentions(doc: Doc, quotes: readonly QuoteSpan[]): Mention[] {
  const tokens = doc.tokens;
  const { lower, cap, kind, para, sent } = tokens;
  const inside = new Uint8Array(tokens.length);
  for (const q of quotes) if (q.depth === 0) inside.fill(1, q.openTok, (q.closeTok ?? q.lastInside) + 1);
  const mentions: Mention[] = [];
  const cache = new DescribeCache(doc);
  for (let i = 0; i < tokens.length; i++) {
    if (inside[i] || para[i] < 0 || kind[i] !== WORD) continue;
    const word = lower[i];
    const capital = cap[i] === 1;
    if (!capital && SUBJECT_PRONOUNS.has(word) && word !== 'i' && word !== 'you' && word !== 'we') {
      mentions.push(makeMention(doc, { first: i, last: i }, cache));
      continue;
    }
    if (capital && SUBJECT_PRONOUNS.has(word) && word !== 'i') {
      mentions.push(makeMention(doc, { first: i, last: i }, cache));
      continue;
    }
    const sentenceInitial = i === doc.sentStart[i];
    const capStart = capital && !SKIP_CAPS.has(word) && !(sentenceInitial && (isStopWord(word) || JOINERS.has(word)));
    const roleHead = !capital && (ROLES.has(word) || GROUPS.has(word)) && !DETERMINERS.has(word);
    if (!capStart && !roleHead) continue;
    let last = i;
    while (last + 1 < tokens.length && last < i + 12 && !inside[last + 1] && sent[last + 1] === sent[i] && continuesName(doc, last + 1)) last++;
    const phrase = phraseEndingAt(doc, last, Math.max(0, i - 12));
    if (phrase) mentions.push(makeMention(doc, phrase, cache));
    i = last;
  }
  return mentions;
}

/** Whether token `k` continues a name or role phrase begun before it. */
function continuesName(doc: Doc, k: number): boolean {
  const { kind, cap, lower } = doc.tokens;
  const word = lower[k];
  if (kind[k] === WORD && (cap[k] === 1 || ROLES.has(word) || GROUPS.has(word))) return !SKIP_CAPS.has(word) || cap[k] !== 1;
  // A punctuation token's `lower` is the mark itself ("-").
  if (word === 'of' || word === '-' || NAME_PARTICLES.has(word)) return cap[k + 1] === 1;
  return false;
}
