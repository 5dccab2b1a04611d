/**
 * Where the content clause of a reporting cue lies, and whether it is a clause at all. "announced the
 * locations that would be given …" has a noun object, not a clause; "announces where four orbiters will
 * be displayed" and "said the boy was welcome" do.
 */
import type { Doc } from '../doc';
import { VERB_FORMS } from '../cues/lexicon';
import { PUNCT, WORD } from '../text/tokenTable';
import { ROLE_WORD, Walk } from '../mentions/npClasses';
import { subjectlessPast } from './subjectlessPast';
import { AUX, COMMON_VERBS, IRREGULAR_PAST } from './verbWords';
import { isCommonAtStart } from '../mentions/initialCaps';
import { sourcePredicate, sourceThenCue, verbAfterRelative } from './clauseShapes';
import { hedgedCoordinate, insertionClose, writerAside } from './clauseBounds';
import { claimApposition } from './denial';

const CLAUSE_OPENERS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'where', 'what', 'whether', 'if', 'how', 'why', 'when', 'who', 'which']);
// Time and linking adverbials too: "This afternoon, the former minister was taken into custody, …".
const FRONTED = new Set(['by', 'in', 'on', 'at', 'after', 'before', 'during', 'since', 'until', 'despite', 'although', 'though', 'because', 'once', 'unless', 'while', 'as', 'for', 'without', 'with', 'under', 'given', 'according', 'this', 'last', 'next', 'earlier', 'later', 'yesterday', 'today', 'tonight', 'overnight', 'meanwhile', 'however', 'separately', 'previously', 'additionally', 'moreover', 'furthermore', 'elsewhere']);
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose']);
const COORDINATORS = new Set(['and', 'but', 'or']);
const SUBORDINATORS = new Set(['if', 'unless', 'because', 'although', 'though', 'whereas', 'until']);
const PREPOSITIONS = new Set(['in', 'at', 'on', 'of', 'for', 'from', 'by', 'with', 'to', 'during', 'since', 'until', 'after', 'before', 'about', 'like']);
const DETERMINER = new Set(['the', 'a', 'an', 'this', 'his', 'her', 'its', 'their', 'our', 'my', 'some', 'any', 'no', 'each', 'every']);

/** Whether tokens [from, to] read as a clause with a finite verb (not a bare noun object). */
export function isClause(doc: Doc, from: number, to: number): boolean {
  if (from > to) return false;
  const { lower, kind, cap, sent } = doc.tokens;
  if (CLAUSE_OPENERS.has(lower[from])) return true;
  // "by 2050, increasing population … would increase …": a fronted adverbial before the clause.
  if (FRONTED.has(lower[from])) {
    const comma = nextComma(doc, from + 1, sent[from]);
    if (comma > 0 && comma < to) { from = comma + 1; if (CLAUSE_OPENERS.has(lower[from])) return true; }
  }
  const first = lower[from];
  let limit = Math.min(to, from + 18);
  let afterParenthesis = false;
  for (let i = from; i <= limit; i++) {
    const word = lower[i];
    // A punctuation token's `lower` is the mark itself.
    if (word === ',' && i > from) {
      // "the suspect, a 32-year-old man, was arrested", "the man, who was 45, had been": a parenthesis.
      // "the presence of warships off the coast of Somalia, as well as efforts by ships to protect
      // themselves, have reduced …": a subject of up to a dozen words, a parenthesis of up to 25.
      const close = nextComma(doc, i + 2, sent[i], MAX_PARENTHESIS);
      if (close < 0 || i - from > 12) return false;
      i = close;
      limit = Math.min(to, Math.max(limit, close + 4));
      afterParenthesis = true;
      continue;
    }
    if (kind[i] !== WORD) continue;
    // "John Kerry, the Secretary of State, contacted …": the verb right after a parenthesis.
    afterParenthesis = afterParenthesis && lower[i - 1] === ',';
    const prev = lower[i - 1];
    // "the track in that area is operated …": "that" after a preposition is a determiner, not a relative.
    if (RELATIVE.has(word) && i > from && !(word === 'that' && PREPOSITIONS.has(prev))) return verbAfterRelative(doc, i, to);
    // "threatened officials with travel bans if the process is perceived as stalling": the verb of a
    // subordinate clause is not the content's own.
    if (SUBORDINATORS.has(word) && i > from) return false;
    // "promised a new ferry but the river was too shallow": "but" before any verb ends a noun object.
    if (word === 'but' && i > from) return false;
    // "the start of a public process to suggest designs, and …": a noun object, its verb never comes.
    if (word === 'to' && i > from && DETERMINER.has(first)) return false;
    // A clause opening with a modal has its subject before the cue ("which officials have said could
    // violate …"); one opening with any other verb has none ("tweeted support of …").
    if (i === from) { if (AUX.has(word)) return true; if (subjectlessPast(doc, i)) return false; continue; }
    // "asserted this cured his cancer": a demonstrative pronoun, a past verb and its object.
    if (i === from + 1 && (first === 'this' || first === 'that') && word.endsWith('ed') && (DETERMINER.has(lower[i + 1]) || CLAUSE_OPENERS.has(lower[i + 1]))) return true;
    if (AUX.has(word) || ((COMMON_VERBS.has(word) || IRREGULAR_PAST.has(word)) && !DETERMINER.has(prev))) return true;
    // "the United States National Security Council to help …": a capitalised word is a name, not a verb.
    if (VERB_FORMS.has(word) && i > from && !DETERMINER.has(prev) && cap[i] !== 1) return true;
    // Not after "and": "published four books and edited her memoirs" coordinates the source's own verbs.
    if (i > from && word.endsWith('ed') && word.length > 4 && !DETERMINER.has(prev) && !COORDINATORS.has(prev) && (kind[i - 1] === WORD || afterParenthesis) && cap[i] !== 1) return true;
    // "Reuters says …", not "fifteen senior Kenyan officials": a lowercase modifier before the name makes it an adjective.
    const modified = i - 2 >= from && kind[i - 2] === WORD && cap[i - 2] !== 1 && !DETERMINER.has(lower[i - 2]);
    // Not "The talks", "Institutional donors": a common word capitalised only by opening the sentence is no name.
    if (i > from && endsInSingleS(word) && cap[i - 1] === 1 && kind[i - 1] === WORD && cap[i] !== 1 && i - from <= 4 && !modified && !DETERMINER.has(prev) && !isCommonAtStart(doc, i - 1)) return true;
  }
  return false;
}

/** /[^s]s$/: ends in "s" after any character but "s" ("says", not "press"). */
function endsInSingleS(word: string): boolean {
  const n = word.length;
  return n >= 2 && word.charCodeAt(n - 1) === 115 && word.charCodeAt(n - 2) !== 115;
}

/** Whether a coordinated cue starts at or just after token `k` (", and cautioned", ", but critics charge"). */
function coordinatedCue(doc: Doc, k: number, isCueAt: (tok: number) => boolean): boolean {
  const { lower, kind, cap } = doc.tokens;
  if (lower[k] === 'and' || lower[k] === 'but') k++;
  if (lower[k] === 'according') return true;
  if (lower[k] === 'while' || lower[k] === 'whereas') return contrastedSource(doc, k + 1, isCueAt);
  for (let j = k; j < k + 4 && j < doc.tokens.length; j++) {
    if (isCueAt(j) && lower[j + 1] !== ',') return j === k || !bareSingular(doc, k, j - 1);
    if (kind[j] !== WORD || (!COORDINATED_LEAD.has(lower[j]) && cap[j] !== 1 && j > k + 1)) return sourceThenCue(doc, k, isCueAt);
  }
  return sourceThenCue(doc, k, isCueAt);
}

/**
 * "a monitoring and braking system called positive train control": lowercase words with no determiner and a
 * singular non-role noun last cannot be the subject of a coordinated cue ("and officials said" can).
 */
function bareSingular(doc: Doc, from: number, last: number): boolean {
  const { lower, cap } = doc.tokens;
  for (let k = from; k <= last; k++) if (cap[k] === 1 || COORDINATED_LEAD.has(lower[k]) || isRoleOrPronoun(doc, k)) return false;
  const head = lower[last];
  return !head.endsWith('s') && !Walk.of(doc).is(last, ROLE_WORD);
}

/**
 * ", while Jana Kos, an analyst at Brightwater, warned that …": a contrasted source with its own cue (within
 * a subject and an apposition) starts a new statement.
 */
function contrastedSource(doc: Doc, k: number, isCueAt: (tok: number) => boolean): boolean {
  const { sent, cap, digitFirst } = doc.tokens;
  // "…, while 28 percent said it should wait": a number may head the contrasted source.
  // "…, while supporters argue it will create jobs": a bare plural noun may head it too.
  const plural = /[^s]s$/.test(doc.tokens.lower[k]) && isCueAt(k + 1);
  if (cap[k] !== 1 && digitFirst[k] !== 1 && !isRoleOrPronoun(doc, k) && !plural) return false;
  for (let j = k + 1; j < k + 16 && j < doc.tokens.length && sent[j] === sent[k]; j++) if (isCueAt(j)) return true;
  return false;
}

function isRoleOrPronoun(doc: Doc, k: number): boolean {
  const word = doc.tokens.lower[k];
  return /^(?:he|she|they|it|we|the|a|an|some|many|other|others|critics|officials|analysts)$/.test(word);
}

const MAX_PARENTHESIS = 25;

function nextComma(doc: Doc, from: number, sent: number, reach = 15): number {
  const tokens = doc.tokens;
  for (let k = from; k < from + reach && k < tokens.length && tokens.sent[k] === sent; k++) if (tokens.lower[k] === ',') return k;
  return -1;
}

const FRONT_SUBORDINATORS = new Set(['while', 'whereas', 'as', 'when', 'once', 'since', 'after', 'before', 'despite']);
const STOPPERS = new Set([';', '--', '—', '–', '(']);
const COORDINATED_LEAD = new Set(['also', 'later', 'then', 'has', 'have', 'had', 'the', 'some', 'many']);
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'whose']);

/** The last token of a content clause starting at `from`: the sentence end, or a dash, semicolon,
 *  bracket, a coordinated cue (", and cautioned") or ", according to". */
export function clauseEnd(doc: Doc, from: number, isCueAt: (tok: number) => boolean): number {
  const { lower, sent, start, end, kind } = doc.tokens;
  const s = sent[from];
  let subordinateOpen = SUBORDINATORS.has(lower[from]) || FRONT_SUBORDINATORS.has(lower[from]);
  let i = from;
  for (; i + 1 < doc.tokens.length && sent[i + 1] === s && i - from < 150; i++) {
    const n = lower[i + 1];
    // "asteroid (29075) 1950 DA is …", "the crisis — as severe as Chernobyl — because …": an insertion.
    const inserted = i > from ? insertionClose(doc, i + 1) : -1;
    if (inserted > 0) { i = inserted - 1; continue; }
    if (STOPPERS.has(n) && i > from) break;
    if (n === '-' && (lower[i + 2] === '-' || (start[i + 1] > end[i] && start[i + 2] > end[i + 1]))) break;
    if (n === ',' && RELATIVE_PRONOUNS.has(lower[i + 2] ?? '')) {
      // "the man, who was 45, had been arrested" runs on; "the ABM treaty, which was meant to …." ends here.
      const close = nextComma(doc, i + 3, s);
      if (close < 0) break;
      i = close - 1;
      continue;
    }
    // "stated that though Lebanon respects the border, the country still contests part of it": the comma
    // closing a fronted subordinate clause leads to the main clause, never to a new source.
    if (n === ',' && subordinateOpen) { subordinateOpen = false; continue; }
    if ((n === 'and' || n === 'but' || n === ',') && i > from && (coordinatedCue(doc, i + 2, isCueAt) || hedgedCoordinate(doc, i + 1))) break;
    if (n === ',' && i > from && sourcePredicate(doc, i + 2)) break;
    if (n === ',' && i > from && (claimApposition(doc, i + 2) || writerAside(doc, i + 2))) break;
  }
  while (i > from && kind[i] === PUNCT) i--;
  return i;
}
