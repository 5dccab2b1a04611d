/**
 * Noun phrases that can name a source, found by walking tokens from a fixed end: backwards from a cue
 * ("Bush's national security adviser, Condoleezza Rice" ← said) or forwards after it (said → "the post by an
 * unknown author on pigmy"). Capitalised words, determiners, possessives, lowercase nouns and joiners
 * ("of", "and", "al") make up the phrase; verbs and function words end it.
 */
import type { Doc } from '../doc';
import { PUNCT, WORD } from '../text/tokenTable';
import { DETERMINERS, FEMALE_NAMES, MALE_NAMES } from './lexicon';
import { verbFormOpeningSentence, modifierAfterPossessive, possessedNounAhead, speechNounAfterPossessive, countedAfterDefinite, participleBeforeName, roleAfterCapitalModifier, roleAfterTitleWord } from './npModifiers';
import { capitalisedNameWord, namedPurpose } from './nameWords';
import { isOpeningAdverb, isOpeningParticiple } from './initialCaps';
import { particleInsideName } from './nameParticles';
import { CALENDAR_WORD, DETERMINER, JOINER, POSSESSIVE, ROLE_WORD, STOP, TITLE, Walk } from './npClasses';
import { canBeInPhrase, isHead, isJoiner } from './npWords';
import { loneMember } from './loneMember';
import { insertionOpening, officialAsAdjective } from './npInsertion';
import { isNounBeforePlace } from './complementNoun';

export { npToken } from './npWords';

const NAME_PARTICLES = new Set(['de', 'da', 'di', 'van', 'von', 'der', 'den', 'du', 'del', 'della', 'dos', 'das', 'al', 'el', 'la', 'le', 'bin', 'ibn']);

export interface Phrase {
  readonly first: number;
  readonly last: number;
}

/** The phrase ending at token `last` (inclusive), going back no further than `floor`; null when none. */
export function phraseEndingAt(doc: Doc, last: number, floor: number): Phrase | null {
  const w = Walk.of(doc);
  const { lower, cap, sent, kind } = doc.tokens;
  if (loneMember(doc, last)) return { first: last, last };
  if (last < 0 || last >= doc.tokens.length || !(canBeInPhrase(w, last) || speechNounAfterPossessive(doc, last)) || isJoiner(w, last) || w.is(last, DETERMINER) && cap[last] !== 1) return null;
  const s = sent[last];
  let first = last;
  while (first - 1 >= floor && first > last - 25 && sent[first - 1] === s) {
    const t = first - 1;
    const titleTo = lower[t] === 'to' && w.is(first - 2, TITLE) && capitalisedAfter(doc, first - 1);
    // "the ruling party — Workers' Party of Korea — newspaper": an insertion between dashes inside the phrase.
    const opening = insertionOpening(doc, t, first, last, floor);
    if (opening >= 0) { first = opening; continue; }
    if (!canBeInPhrase(w, t) && !titleTo && !modifierAfterPossessive(doc, t)) break;
    if (w.is(t, JOINER) && cap[t] !== 1) {
      if (!canBeInPhrase(w, first - 2) || sent[first - 2] !== s || first - 2 < floor) break;
    }
    first--;
    if (w.is(t, DETERMINER) && !(w.is(first - 1, JOINER) && canBeInPhrase(w, first - 2)) && !countedAfterDefinite(doc, t)) break;
  }
  // "Tasmania was excluded from the study": a lowercase word with no determiner before it is not the
  // start of the phrase unless it is a role noun ("officials said").
  while (first < last && (isJoiner(w, first) || kind[first] === PUNCT || startsBare(w, first))) first++;
  // A sentence-initial capitalised verb form or adverb is not part of the phrase ("Yesterday Mohamed ...").
  // But a given name that is also a verb or modal opens a name when one follows ("Said Mohammed", "Will Smith").
  // Nor is an acronym or a capitalised speech-verb form before another capital ("US State Department officials").
  while (first < last && cap[first] === 1 && w.is(first, STOP) && !givenNameBefore(doc, first) && !capitalisedNameWord(doc, first) && !verbFormOpeningSentence(w, first)) first++;
  if (!hasHead(w, first, last) || (first === last && (isOpeningParticiple(doc, first) || isOpeningAdverb(doc, first)))) return null;
  return { first, last };
}

/** The phrase starting at token `first`, stopping at a comma, a verb or the sentence end. */
export function phraseStartingAt(doc: Doc, first: number): Phrase | null {
  const w = Walk.of(doc);
  const { lower, cap, sent, kind } = doc.tokens;
  const n = doc.tokens.length;
  // "de Wit said": a name particle opens a name when a capitalised word follows.
  if (loneMember(doc, first)) return { first, last: first };
  const particle = NAME_PARTICLES.has(lower[first]) && (cap[first + 1] === 1 || (NAME_PARTICLES.has(lower[first + 1]) && cap[first + 2] === 1));
  if (first < 0 || first >= n || !canBeInPhrase(w, first) || (isJoiner(w, first) && !particle) || isOpeningParticiple(doc, first) || isOpeningAdverb(doc, first)) return null;
  const s = sent[first];
  let last = first;
  let headSeen = isHead(w, first) && !w.is(first, DETERMINER);
  const inPhrase = (k: number) => canBeInPhrase(w, k);
  // The role noun that modifiers after a possessive or a capitalised adjective lead to (npModifiers.ts).
  let roleAhead = -1;
  for (let i = first + 1; i < n && sent[i] === s && i - first < 25; i++) {
    if (w.is(i, POSSESSIVE)) { continue; }
    if (lower[i] === 'to' && (w.is(i - 1, TITLE) || namedPurpose(doc, i)) && capitalisedAfter(doc, i)) continue;
    if (cap[i] !== 1 && particleInsideName(doc, i)) { last = i; continue; }
    if (!canBeInPhrase(w, i) && !participleBeforeName(doc, i)) break;
    if (w.is(i, JOINER) && cap[i] !== 1) {
      const next = i + 1;
      // "her family on Saturday": a date after a joiner is an adjunct, not part of the name.
      if (next >= n || sent[next] !== s || !canBeInPhrase(w, next) || w.is(next, CALENDAR_WORD)) break;
      const endsThere = i + 2 >= n || sent[i + 2] !== s || kind[i + 2] === PUNCT;
      // "a spokesman for committee Democrats", "the head of state Republicans": one lowercase word before a
      // capitalised one is a modifier inside the complement of "for" or "of" (not "vote … from retired General X").
      const modified = (lower[i] === 'for' || lower[i] === 'of') && kind[next] === WORD && cap[next + 1] === 1 && kind[next + 1] === WORD && sent[next + 1] === s;
      if (!(cap[next] === 1 || w.is(next, DETERMINER) || endsThere || modified)) break;
      continue;
    }
    if (i > roleAhead && headSeen && cap[i] !== 1 && !isHead(w, i) && kind[i - 1] === WORD) roleAhead = Math.max(possessedNounAhead(w, i, inPhrase), roleAfterCapitalModifier(w, i, inPhrase));
    if (i > roleAhead && headSeen && cap[i] !== 1 && !isHead(w, i) && kind[i - 1] === WORD && !w.is(i - 1, JOINER) && lower[i - 1] !== 'to' && !w.is(i - 1, DETERMINER) && !titledNameAhead(doc, w, i) && !roleAfterTitleWord(w, i, inPhrase) && !officialAsAdjective(doc, i) && !compoundRoleClosing(w, i) && !isNounBeforePlace(doc, i)) break;
    last = i;
    if (isHead(w, i)) headSeen = true;
  }
  while (last > first && (isJoiner(w, last) || kind[last] === PUNCT)) last--;
  return hasHead(w, first, last) ? { first, last } : null;
}

/**
 * "Iraqi political analyst Hazem al-Nuaeimi": lowercase modifiers after a capitalised adjective lead to a
 * role noun and the name it titles; the whole is one phrase, not the adjective alone.
 */
function titledNameAhead(doc: Doc, w: Walk, i: number): boolean {
  const { cap, kind } = w.tokens;
  // "said Chelsea striker Ana Diaz": one lowercase occupation noun between a team or employer and a person's
  // name (a known given name and a surname) titles the name, though the noun is no listed role.
  if (cap[i - 1] === 1 && kind[i] === WORD && canBeInPhrase(w, i) && !w.is(i, JOINER | DETERMINER) && givenNameBefore(doc, i + 1)) return true;
  let k = i;
  for (; k < i + 3 && kind[k] === WORD && cap[k] !== 1 && canBeInPhrase(w, k) && !w.is(k, JOINER | DETERMINER); k++) {
    if (isHead(w, k)) return cap[k + 1] === 1 && kind[k + 1] === WORD;
  }
  // "Former Secretary of State and Democratic presidential frontrunner Hillary Clinton": lowercase words right
  // before a known given name and a surname title that person, though none of them is a listed role.
  return k > i && givenNameBefore(doc, k);
}

/**
 * "said a former senior law enforcement official.": lowercase noun modifiers run on to a role noun that closes
 * the phrase before punctuation (a compound role: "law enforcement official", "campaign finance lawyer").
 */
function compoundRoleClosing(w: Walk, i: number): boolean {
  const { cap, kind, sent, lower } = w.tokens;
  for (let k = i; k < i + 3 && kind[k] === WORD && cap[k] !== 1 && canBeInPhrase(w, k) && !w.is(k, JOINER | DETERMINER); k++) {
    // "a law enforcement official who oversaw …": a relative pronoun after the role noun closes the phrase too.
    if (w.is(k, ROLE_WORD)) return kind[k + 1] !== WORD || sent[k + 1] !== sent[k] || lower[k + 1] === 'who' || lower[k + 1] === 'whose';
  }
  return false;
}

function givenNameBefore(doc: Doc, i: number): boolean {
  const { lower, cap, kind } = doc.tokens;
  return (MALE_NAMES.has(lower[i]) || FEMALE_NAMES.has(lower[i])) && cap[i + 1] === 1 && kind[i + 1] === WORD && !DETERMINERS.has(lower[i + 1]);
}

/** "Ambassador to the United States": a capitalised name, maybe after "the", follows token `i`. */
function capitalisedAfter(doc: Doc, i: number): boolean {
  const { cap, lower } = doc.tokens;
  return i + 1 < doc.tokens.length && (cap[i + 1] === 1 || (lower[i + 1] === 'the' && cap[i + 2] === 1));
}

function startsBare(w: Walk, i: number): boolean {
  const { kind, cap, digitFirst } = w.tokens;
  return kind[i] === WORD && cap[i] !== 1 && !w.is(i, DETERMINER | ROLE_WORD) && digitFirst[i] !== 1;
}

function hasHead(w: Walk, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (isHead(w, i) && !(w.is(i, DETERMINER) && w.tokens.cap[i] === 1)) return true;
  return false;
}
