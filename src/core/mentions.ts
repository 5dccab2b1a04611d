/**
 * Every place the text names a possible source, outside quotations: proper-name runs ("Russian President
 * Vladimir Putin"), role phrases ending in a role or group noun ("a police spokesman", "U.S. officials") and
 * pronouns. Pronoun resolution and alias clustering (speakers.ts) read them in text order.
 */
import type { Doc } from './doc';
import type { QuoteSpan } from './quotes/span';
import { describe, type MentionInfo } from './mentions/describe';
import { phraseEndingAt, type Phrase } from './mentions/np';
import { DETERMINERS, GROUPS, isStopWord, JOINERS, ROLES, SUBJECT_PRONOUNS } from './mentions/lexicon';

export interface Mention {
  readonly info: MentionInfo;
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

const PREPOSITIONS = new Set(['to', 'in', 'on', 'at', 'from', 'by', 'with', 'of', 'for', 'into', 'about', 'against', 'toward', 'towards', 'near', 'board', 'aboard', 'than', 'between', 'among', 'through', 'via', 'under', 'over', 'after', 'before', 'during', 'like']);

/**
 * What a phrase says depends only on its words and on a bracketed acronym after it, so phrases that recur
 * ("Putin", "the government") are described once per document.
 */
export type DescribeCache = Map<string, MentionInfo>;

function describeCached(doc: Doc, p: Phrase, cache: DescribeCache | undefined): MentionInfo {
  if (!cache) return describe(doc, p);
  const start = doc.tokens[p.first].start;
  const end = doc.tokens[p.last].end;
  const text = doc.text.slice(start, end);
  if (text.includes(' and ')) return describe(doc, p);
  const key = doc.tokens[p.last + 1]?.text === '(' ? `${text}(${doc.tokens[p.last + 2]?.text ?? ''}` : text;
  const known = cache.get(key);
  if (known) return { ...known, start, end };
  const info = describe(doc, p);
  cache.set(key, info);
  return info;
}

export function makeMention(doc: Doc, p: Phrase, cache?: DescribeCache): Mention {
  const next = doc.tokens[p.last + 1];
  const prev = doc.tokens[p.first - 1];
  const oblique = prev !== undefined && prev.sent === doc.tokens[p.first].sent && PREPOSITIONS.has(prev.lower);
  return { info: describeCached(doc, p, cache), first: p.first, last: p.last, sent: doc.tokens[p.first].sent, possessive: next !== undefined && (next.lower === "'s" || next.lower === '’s'), oblique, comma: next?.text === ',' };
}

export function findMentions(doc: Doc, quotes: readonly QuoteSpan[]): Mention[] {
  const inside = new Uint8Array(doc.tokens.length);
  for (const q of quotes) if (q.depth === 0) for (let k = q.openTok; k <= (q.closeTok ?? q.lastInside); k++) inside[k] = 1;
  const mentions: Mention[] = [];
  const cache: DescribeCache = new Map();
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (inside[i] || t.para < 0 || t.type !== 'w') continue;
    if (!t.cap && SUBJECT_PRONOUNS.has(t.lower) && t.lower !== 'i' && t.lower !== 'you' && t.lower !== 'we') {
      mentions.push(makeMention(doc, { first: i, last: i }, cache));
      continue;
    }
    if (t.cap && SUBJECT_PRONOUNS.has(t.lower) && t.lower !== 'i') {
      mentions.push(makeMention(doc, { first: i, last: i }, cache));
      continue;
    }
    const sentenceInitial = i === doc.sentStart[i];
    const capStart = t.cap && !SKIP_CAPS.has(t.lower) && !(sentenceInitial && (isStopWord(t.lower) || JOINERS.has(t.lower)));
    const roleHead = !t.cap && (ROLES.has(t.lower) || GROUPS.has(t.lower)) && !DETERMINERS.has(t.lower);
    if (!capStart && !roleHead) continue;
    let last = i;
    while (last + 1 < tokens.length && last < i + 12 && !inside[last + 1] && tokens[last + 1].sent === t.sent && continuesName(doc, last + 1)) last++;
    const phrase = phraseEndingAt(doc, last, Math.max(0, i - 12));
    if (phrase) mentions.push(makeMention(doc, phrase, cache));
    i = last;
  }
  return mentions;
}

/** Whether token `k` continues a name or role phrase begun before it. */
function continuesName(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (t.type === 'w' && (t.cap || ROLES.has(t.lower) || GROUPS.has(t.lower))) return !SKIP_CAPS.has(t.lower) || !t.cap;
  if (t.lower === 'of' || t.text === '-' || /^(?:al|el|de|da|di|van|von|bin|ibn|la|le|du|del)$/.test(t.lower)) return doc.tokens[k + 1]?.cap === true;
  return false;
}
