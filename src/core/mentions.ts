/**
 * Every place the text names a possible source, outside quotations: proper-name runs ("Russian President
 * Vladimir Putin"), role phrases ending in a role or group noun ("a police spokesman", "U.S. officials") and
 * pronouns. Pronoun resolution and alias clustering (speakers.ts) read them in text order.
 */
import type { Doc } from './doc';
import type { QuoteSpan } from './quotes/span';
import { describe } from './mentions/describe';
import { DescribeCache, type Describer } from './mentions/describeCache';
import { npToken, phraseEndingAt, type Phrase } from './mentions/np';
import { closesFrontedClause, markLists, nameOpensAccordingContent } from './mentions/neighbours';
import { QUOTE, WORD } from './text/tokenTable';
import { isCommonAtStart } from './mentions/initialCaps';
import { personByPossessive } from './mentions/possessiveEvidence';
import { ownedRoleBefore, ownerGender } from './mentions/ownerGender';
import { opensClause } from './mentions/clauseOpening';
import { afterPostModifier } from './mentions/postModifierApposition';
import { afterDashedInsertion, DASHES } from './mentions/frontedPredicative';
import { isStateAfterPlace } from './mentions/statePlace';
import { holderAfterOffice } from './mentions/officeBeforeName';
import { opensPassiveAgent } from './mentions/passiveAgent';
import { CAPITAL_PRONOUN, IN_NAMES, NAME_LINK, NOT_AT_START, PARTICLE, PLURAL_ROLE, PRONOUN, ROLE_HEAD, ROLE_OR_GROUP, SKIP, mentionClass } from './mentions/mentionClasses';
import { particleInsideName } from './mentions/nameParticles';
import { markQualifiedGroups } from './mentions/qualifiedGroup';
import { isNegatedPhrase } from './mentions/negated';
import { insideOpeningSubject } from './mentions/openingSubject';

export type { Mention } from './mentions/mention';
import type { Mention } from './mentions/mention';

const PREPOSITIONS = new Set(['to', 'in', 'on', 'at', 'from', 'by', 'with', 'of', 'for', 'into', 'about', 'against', 'toward', 'towards', 'near', 'board', 'aboard', 'than', 'between', 'among', 'through', 'via', 'under', 'over', 'after', 'before', 'during', 'like']);

/** A word in capitals only ("WHO"), not one opening with a capital ("June", "The"). */
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

/**
 * Conjunctions after which a pronoun subject most often takes up the subject of the clause before. Not
 * "after", "when", "because": "Judge Ray Cole sentenced Tom Reed after he admitted …" is often the object.
 */
const CLAUSE_LINKS = new Set(['and', 'but', 'before', 'while', 'although', 'though']);

/** Verbs of asking whose object is the one questioned ("\"Will you resign?\" a reporter asked the minister."). */
const ASKING = new Set(['asked', 'asks', 'ask', 'questioned', 'pressed']);

/** A mention; `content` and `qualified`, set later on a few, are there from the start so that all mentions share one shape. */
export function makeMention(doc: Doc, p: Phrase, cache?: Describer): Mention {
  const { lower, sent } = doc.tokens;
  const next = lower[p.last + 1];
  const prev = p.first - 1;
  const info = cache ? cache.infoOf(p) : describe(doc, p);
  const oblique = prev >= 0 && sent[prev] === sent[p.first] && PREPOSITIONS.has(lower[prev]) && !opensClause(lower[prev], lower[p.last + 1]) && !holderAfterOffice(doc, p, prev, info) && !opensPassiveAgent(doc, prev);
  const appositionAt = next === ',' ? (closesFrontedClause(doc, p.last + 1) || nameOpensAccordingContent(doc, p.first, p.last + 1) || isStateAfterPlace(doc, p) ? -1 : p.last + 2) : DASHES.has(next) ? afterDashedInsertion(doc, p) : afterPostModifier(doc, p);
  const comma = appositionAt >= 0;
  return { info, start: doc.tokens.start[p.first], end: doc.tokens.end[p.last], first: p.first, last: p.last, sent: sent[p.first], inOpeningSubject: oblique && insideOpeningSubject(doc, p.first), possessive: next === "'s" || next === '’s', oblique, comma, appositionAt, source: false, listed: false, pairedWithNext: false, addressee: prev >= 0 && sent[prev] === sent[p.first] && ASKING.has(lower[prev]), who: next === ',' && lower[p.last + 2] === 'who', linked: prev >= 0 && sent[prev] === sent[p.first] && CLAUSE_LINKS.has(lower[prev]), personByPossessive: p.first === p.last && doc.sentStart[p.first] === p.first && !info.pronoun && info.kind === 'unknown' && personByPossessive(doc, p.first), ownGender: info.name !== null && info.gender === null && !info.plural && !info.pronoun && info.parts.length === 0 && !oblique && next !== "'s" && next !== '’s' ? ownerGender(doc, p.first, p.last) : null, ownedBy: info.name !== null && info.gender === null ? ownedRoleBefore(doc, p.first) : null, content: undefined, qualified: undefined };
}

export function findMentions(doc: Doc, quotes: readonly QuoteSpan[]): Mention[] {
  const tokens = doc.tokens;
  const { cap, kind, sent } = tokens;
  const inside = new Uint8Array(tokens.length);
  for (const q of quotes) if (q.depth === 0) inside.fill(1, q.openTok, (q.closeTok ?? q.lastInside) + 1);
  const mentions: Mention[] = [];
  const cache = new DescribeCache(doc);
  const classes = tokens.wordClasses(mentionClass);
  const wordId = tokens.wordId;
  for (let i = 0; i < tokens.length; i++) {
    if (inside[i] || kind[i] !== WORD) continue;
    const c = classes[wordId[i]];
    const capital = cap[i] === 1;
    if ((!capital && c & PRONOUN) || (capital && c & CAPITAL_PRONOUN)) {
      mentions.push(makeMention(doc, { first: i, last: i }, cache));
      continue;
    }
    const sentenceInitial = i === doc.sentStart[i];
    // "al-Balawi posted …", "van Dijk said": a lowercase name particle before a capitalised name opens it.
    const particleStart = !capital && (c & PARTICLE) !== 0 && (cap[i + 1] === 1 || (tokens.lower[i + 1] === '-' && cap[i + 2] === 1));
    // "The WHO has raised its alert level, although it said …": an acronym is a name, though its letters spell a function word.
    const acronym = capital && (c & SKIP) !== 0 && tokens.end[i] - tokens.start[i] >= 2 && !lowercaseAsciiAt(doc.text, tokens.start[i] + 1) && ALL_CAPITALS.test(tokens.textOf(i));
    const capStart = (capital && !(c & SKIP) && !(sentenceInitial && (c & NOT_AT_START || isCommonAtStart(doc, i)))) || particleStart || acronym;
    // "Critics were less kind. They said …": a role or group noun capitalised only by opening the sentence.
    const roleHead = (!capital || (sentenceInitial && !capStart)) && (c & ROLE_HEAD) !== 0;
    const pluralRole = !capStart && !roleHead && (c & PLURAL_ROLE) !== 0;
    if (!capStart && !roleHead && !pluralRole) continue;
    let last = i;
    while (last + 1 < tokens.length && last < i + 12 && !inside[last + 1] && sent[last + 1] === sent[i] && continuesName(doc, classes, last + 1)) last++;
    const found = phraseEndingAt(doc, last, Math.max(0, i - 12, possessorFloor(doc, mentions, i)));
    const phrase = found && particleStart && found.first > i ? { first: i, last: found.last } : found;
    // "The officers, though suspended, are back at work. They said …": a plural role noun is a mention as the
    // subject opening its sentence; inside a clause ("figures show that pupils read less") it is too weak an antecedent.
    if (pluralRole && (!phrase || phrase.first !== doc.sentStart[i])) continue;
    if (phrase && isNegatedPhrase(doc, phrase)) { i = last; continue; }
    if (phrase) mentions.push(withObliqueNeighbour(doc, mentions[mentions.length - 1], makeMention(doc, phrase, cache)));
    i = last;
  }
  markLists(doc, mentions);
  markQualifiedGroups(doc, mentions);
  return mentions;
}

/**
 * "greeted by the President and the First Lady, Carla Reyes, on Friday": a mention joined by "and"/"or" to
 * an oblique one, or set off by commas after it as its apposition, is inside the same prepositional phrase.
 */
function withObliqueNeighbour(doc: Doc, prev: Mention | undefined, m: Mention): Mention {
  if (!prev || !prev.oblique || m.oblique || prev.sent !== m.sent) return m;
  const between = doc.tokens.lower[m.first - 1];
  const joined = (between === 'and' || between === 'or') && prev.last + 2 === m.first;
  const apposition = prev.comma && prev.last + 2 === m.first && (m.comma || doc.sentEnd[m.last] === m.last + 1);
  return joined || apposition ? { ...m, oblique: true } : m;
}

/**
 * How far back a phrase starting at token `i` may reach: not into the mention before ("Bush met Russian
 * President Vladimir Putin" is two mentions, not one with "met" inside), unless a possessive joins them
 * ("Bush's national security adviser", "the East Los Angeles sheriff's station" are one phrase each).
 */
function possessorFloor(doc: Doc, mentions: readonly Mention[], i: number): number {
  const previous = mentions[mentions.length - 1];
  if (!previous) return 0;
  const lower = doc.tokens.lower;
  for (let k = previous.last + 1; k < i; k++) if (lower[k] === "'s" || lower[k] === '’s') return previous.first;
  return previous.possessive ? previous.first : previous.last + 1;
}

/** Whether the character at `i` is a to z: no word in capitals only has one. */
function lowercaseAsciiAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 97 && c <= 122;
}

/** Whether token `k` continues a name or role phrase begun before it. */
function continuesName(doc: Doc, classes: Uint16Array, k: number): boolean {
  const { kind, cap, wordId } = doc.tokens;
  const c = classes[wordId[k]];
  if (particleInsideName(doc, k)) return true;
  // "Russia Today": a word lowercase in running text (today) is capitalised inside a run only as part of a name.
  if (kind[k] === WORD && (cap[k] === 1 || c & ROLE_OR_GROUP)) return !(c & SKIP) || cap[k] !== 1 || (c & IN_NAMES) !== 0;
  if (c & NAME_LINK) return cap[k + 1] === 1;
  // "the Secretary for International Relations said": "for" after a role word leads on to its office's name.
  if (doc.tokens.lower[k] === 'for' && cap[k - 1] === 1 && classes[wordId[k - 1]] & ROLE_OR_GROUP) return cap[k + 1] === 1;
  // "the Workers' Party Secretary said": a plural possessive's apostrophe inside a run of capitalised words.
  return kind[k] === QUOTE && cap[k + 1] === 1 && npToken(doc, k);
}
