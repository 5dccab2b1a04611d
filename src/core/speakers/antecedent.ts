/**
 * The antecedent of a pronoun among the mentions before it: in its own sentence the closest compatible one,
 * in earlier sentences (up to three back that mention someone) the leftmost of the best rank, as subjects
 * come first. Number and gender must agree; `sure` is false for a guess among unsure candidates.
 */
import type { Mention } from '../mentions';
import type { Entity } from './entities';
import { DOCUMENT_NOUNS } from '../mentions/documentNouns';
import { PLACES } from '../mentions/lexicon';
import { SharedMemo } from '../text/sharedMemo';
import { detached } from '../text/vocabulary';
import { genderYields, listOfTwo, obliqueInSentenceBefore, ofPronounGender, speakingOrganisation, unsureForPerson } from './candidateTests';

/** How many earlier sentences that mention someone a pronoun looks back over, and how many sentences at most. */
const WINDOW = 3;
const REACH = 8;

/**
 * Whether mention `m` lies inside the statement content of the pronoun source `pronoun`: "The mayor, she said,
 * never answered" — she said [the mayor never answered], so no mention inside is "she" (nor, after the pronoun,
 * its antecedent: cataphora.ts).
 */
export function insideOwnContent(pronoun: Mention, m: Mention): boolean {
  const content = pronoun.content;
  return content !== undefined && m.start >= content.start && m.end <= content.end;
}

export function compatible(e: Entity, pronoun: string, things: ReadonlySet<Entity>): boolean {
  const joint = e.members.length > 0;
  if (pronoun === 'he' || pronoun === 'she') {
    if (joint || e.plural || (e.kind !== 'person' && e.kind !== 'unknown') || things.has(e)) return false;
    return e.gender === null || e.gender === (pronoun === 'she' ? 'female' : 'male');
  }
  if (pronoun === 'it') return !joint && !e.plural && e.gender === null && (e.kind === 'organization' || e.kind === 'unknown' || untitledName(e));
  // "The report has prompted calls … children in mainland Australia … They say …": a document or a place is
  // "it", never "they" (an organisation may be either).
  return joint || e.plural || e.kind === 'group' || (e.kind === 'organization' && !isDocumentOrPlace(e));
}

/**
 * "Orbital Foods fired its chief executive, Dana Frost. "…," it said.": a name of two words or more with no
 * known first name, title or role is taken for a person's only by default; "it" may still mean it.
 */
export function untitledName(e: Entity): boolean {
  return e.kind === 'person' && e.role === null && e.surname !== null && e.name.includes(' ');
}

/** isDocumentOrPlace's answers by name (names recur; the answer depends on the name alone). */
const documentOrPlaceByName = new SharedMemo<boolean>(20000);

/** A single document named by its noun ("The report", "the letter") or a known place: no group of people. */
function isDocumentOrPlace(e: Entity): boolean {
  let answer = documentOrPlaceByName.get(e.name);
  if (answer === undefined) {
    const name = e.name.toLowerCase();
    const words = name.split(/\s+/);
    answer = documentOrPlaceByName.set(detached(e.name), PLACES.has(name) || (words.length <= 3 && DOCUMENT_NOUNS.has(words[words.length - 1])));
  }
  return answer;
}

/** Rank of a candidate: sources of statements first, then plain mentions, then obliques and possessors. */
function rank(m: Mention, e: Entity, pronoun: string, pairOfTwo = false): number {
  // A source after a preposition still speaks: "According to Acme executives, … They claim …".
  // A named person as possessor is a last resort for "he"/"she" ("Franklin's career was entwined with the
  // movement. … she toured"), after any plain mention.
  // So is a titled description ("echoing the Governor's own words, in which he told visitors …").
  if (m.possessive && !m.oblique && e.kind === 'person' && (m.info.name || m.info.role) && (pronoun === 'he' || pronoun === 'she')) return 3.9;
  // "… do not want to return, like Salif Ba, who lives in a camp. He says …": a person described by a
  // relative clause is what the text goes on about, though after a preposition.
  if (m.possessive || (m.oblique && !m.source && !(m.who && e.kind === 'person')) || (m.listed && (pronoun === 'he' || pronoun === 'she') && !(pairOfTwo && ofPronounGender(e, pronoun)))) return 4;
  // "it" prefers a known organisation, "he"/"she" a known person, over a name of unknown kind; and a person
  // known as "she" over one of unknown gender ("… organizing the Detroit Walk with King, and she sang …").
  const fits = pronoun === 'it' ? e.kind === 'organization' : pronoun === 'he' || pronoun === 'she' ? e.kind === 'person' : true;
  return (m.source ? 0 : 2) + (fits ? 0 : 1) + (fits && !e.gender && (pronoun === 'he' || pronoun === 'she') ? 0.5 : 0);
}

export function pronounAntecedent(mentions: readonly Mention[], entityOf: readonly (Entity | null)[], i: number, pronoun: string, things: ReadonlySet<Entity>): { e: Entity; sure: boolean } | null {
  const sent = mentions[i].sent;
  let best: { e: Entity; rank: number; at: number } | null = null;
  let bestSent = sent;
  let fallback: Entity | null = null;
  let unsure: Entity | null = null;
  let sentencesBack = 0;
  let pending: { e: Entity; rank: number; at: number } | null = null;
  // A named person after a preposition in the sentence just before, which names no one outside such phrases
  // (obliqueInSentenceBefore).
  let oblique: Entity | null = null;
  let plainBefore = false;
  // "\"Will you resign?\" a reporter asked the minister. \"No,\" he said.": the speaker after a question is the
  // one it was put to, not the one who asked it.
  const answering = mentions[i].source;
  const linked = mentions[i].linked === true && mentions[i].source;
  for (let j = i - 1; j >= 0 && j >= i - 60 && mentions[j].sent >= sent - REACH; j--) {
    const m = mentions[j];
    if (m.sent !== bestSent) {
      // "Ida Nord lost her gloves. Her guide, Pemba Sherpa, found them. "…," she said.": a best candidate of
      // unknown gender named as someone's "her"/"his" role yields to one of the pronoun's gender (no weaker in
      // rank) in the sentence before it (genderYields).
      if (best && (pending || !genderYields(mentions, best.e, best.at, pronoun, sent))) return { e: best.e, sure: true };
      if (best) { pending = best; best = null; } else if (pending) return { e: pending.e, sure: true };
      else if (oblique && !plainBefore) return { e: oblique, sure: true };
      // Sentences that mention no one (a long quotation's) do not count: `Y replied, "…. …. …." Asked about X, he said`.
      if (++sentencesBack > WINDOW) break;
      bestSent = m.sent;
    }
    const e = entityOf[j];
    if (sentencesBack === 1 && !m.oblique) plainBefore = true;
    // "The mayor, she said, never answered her letters": she said [the mayor never answered]; not the mayor.
    if (insideOwnContent(mentions[i], m)) continue;
    if (!e || !(compatible(e, pronoun, things) || speakingOrganisation(m, e, pronoun))) continue;
    // "Mayor Jon Krog met Lise Vang. He said it would help. She said …": only a speaking "it" ("…," it said)
    // takes a name read as a person's by default; the "it" of a content or an object is a thing, and taking
    // the name would make her an organisation.
    if (pronoun === 'it' && e.kind === 'person' && !mentions[i].source) continue;
    fallback = fallback ?? e;
    const r = answering && m.addressee && m.sent < sent ? -1 : rank(m, e, pronoun, m.listed && listOfTwo(mentions, entityOf, j));
    if (r === 4) {
      if (!oblique && sentencesBack === 1 && obliqueInSentenceBefore(m, e, pronoun)) oblique = e;
      continue;
    }
    if (unsureForPerson(m, e, pronoun)) { unsure = unsure ?? e; continue; }
    if (pending && (e.gender === null || r >= pending.rank)) continue;
    // Same sentence: the nearest; earlier sentences: the leftmost (subjects come first) of the best rank. So
    // too after a conjunction: "Ana Ruiz had faced Paul Grant in the runoff, before she announced …" is Ana Ruiz.
    if (!best || r < best.rank || (r === best.rank && (m.sent !== sent || linked))) best = { e, rank: r, at: j };
  }
  if (best ?? pending) return { e: (best ?? pending)!.e, sure: true };
  if (oblique && !plainBefore) return { e: oblique, sure: true };
  const guess = unsure ?? fallback;
  return guess ? { e: guess, sure: guess !== unsure } : null;
}
