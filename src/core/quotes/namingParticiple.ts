/**
 * Quotations that a word before them names (roles.ts): a name or term after a naming participle ("a group
 * called "Get Out Now"", "what was dubbed a "surge"") and a slogan after its noun and a comma.
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import type { QuoteSpan } from './span';
import { endsRelativeSubject } from '../cues/namingRelative';
import { GROUPS, ROLES } from '../mentions/lexicon';
import verbs from '../data/verbs.json';

/** Participles that give a thing its name ("a group called "…"", "what was dubbed a "…""). */
const NAMING_PARTICIPLES = new Set(['called', 'dubbed', 'termed', 'branded', 'titled', 'entitled']);
/** Forms of "be" before a passive participle (verbs.json beForms). */
const PASSIVE_BE: ReadonlySet<string> = new Set(verbs.beForms);
/** Words before "called" that make it a verb of its own clause ("also called", "then called", "and called"). */
const VERB_SIDE = new Set(['also', 'then', 'later', 'again', 'once', 'and', 'or', 'but', 'who', 'which', 'that', 'repeatedly', 'publicly', 'openly', 'has', 'have', 'had']);
/** Longest name read after a naming participle. */
const MAX_NAME_WORDS = 6;

/**
 * "A group of students called "Get Out Now" marched …", "troops were sent in what was called a "surge."": after a
 * noun (not a source: "protesters called "…"", "what she called "…"") or a passive "be", a naming participle
 * gives the quotation as a name or term, not someone's words.
 */
export function namingParticiple(doc: Doc, q: QuoteSpan): boolean {
  const { lower, kind, cap, para } = doc.tokens;
  if (q.words > MAX_NAME_WORDS) return false;
  let v = q.openTok - 1;
  const article = /^(?:a|an|the)$/.test(lower[v] ?? '');
  if (article) v--;
  if (v < 1 || para[v] !== q.para || !NAMING_PARTICIPLES.has(lower[v])) return false;
  const p = v - 1;
  if (PASSIVE_BE.has(lower[p])) return true;
  if (article || kind[p] !== WORD || cap[p] === 1 || VERB_SIDE.has(lower[p]) || lower[p].endsWith('ly')) return false;
  return !endsRelativeSubject(doc, p) && !ROLES.has(lower[p]) && !GROUPS.has(lower[p]);
}

/** Nouns of a motto whose quotation may follow a comma ("an unofficial company slogan, "…""). */
const SLOGAN_NOUNS = new Set(['slogan', 'motto', 'tagline', 'hashtag', 'chant', 'catchphrase']);

/** "He referred to an unofficial company slogan, "launches speak louder than words", saying …": the slogan itself. */
export function sloganAfterComma(doc: Doc, q: QuoteSpan): boolean {
  const k = q.openTok - 1;
  return k >= 1 && doc.tokens.para[k] === q.para && doc.tokens.lower[k] === ',' && SLOGAN_NOUNS.has(doc.tokens.lower[k - 1]);
}
