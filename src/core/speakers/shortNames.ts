/**
 * Short forms of an organisation's name: "The Acme Corporation reported a loss. Acme said …", "Halvard
 * Mining Ltd … Halvard said", "the Kelby Herald … The Herald said". A later name that is the opening words of
 * an organisation's name, the rest being words that only say what kind of business it is (Corporation,
 * Mining, Ltd, Airlines), or a newspaper's title word alone, is that organisation. Not a place opening a
 * name ("Dunmore City" … "Dunmore"): "City", "University" say more than the kind of business.
 */
import roles from '../data/roles.json';
import type { Entity } from './entities';
import { norm } from './names';
import { BUSINESS_NAME_WORDS } from '../mentions/lexicon';
import { SharedMemo } from '../text/sharedMemo';
import { detached } from '../text/vocabulary';

/** Words of a business's name after its own name: "Corporation", "Energy", "Ltd", "Airlines". */
const BUSINESS_WORDS = BUSINESS_NAME_WORDS;
/** A newspaper's title word, which alone names it after its full name ("the Herald", "the Times"). */
const TITLE_WORDS: ReadonlySet<string> = new Set(roles.descriptionNames.newspaper);

const wordsMemo = new SharedMemo<readonly string[]>(50000);

/** A name's normalised words without a leading "the"; memoised, since every unresolved name reads every entity's. */
function wordsOf(name: string): readonly string[] {
  return wordsMemo.get(name) ?? wordsMemo.set(detached(name), norm(name).split(' ').filter((w, k) => k > 0 || w !== 'the'));
}

/**
 * The word a short form of `name` would open with, when `name` can have one by its opening words ("Acme" of
 * "Acme Shipping Ltd": the words after the first or the first two are all business words), else null.
 */
export function ownerOpeningWord(name: string, words?: readonly string[]): string | null {
  // `words`: the name's, when the caller has them (NameFacts.shortWords), else looked up.
  const full = words ?? wordsOf(name);
  const rest = (from: number) => full.length > from && full.slice(from).every((w) => BUSINESS_WORDS.has(w));
  return rest(1) || rest(2) ? full[0] : null;
}

/**
 * The organisation, most recent first, that `name` is a short form of, or null. `openingWords` holds the
 * `ownerOpeningWord` of every name an entity of `all` has had: a name opening none of them, and no newspaper's
 * title word, is no short form, and is answered without reading every entity.
 */
export function shortFormOwner(name: string, all: readonly Entity[], openingWords: ReadonlySet<string>, words?: readonly string[]): Entity | null {
  const short = words ?? wordsOf(name);
  if (short.length === 0 || short.length > 2) return null;
  if (!openingWords.has(short[0]) && !TITLE_WORDS.has(short[0])) return null;
  for (let k = all.length - 1; k >= 0; k--) {
    const e = all[k];
    if (e.members.length > 0 || e.gender !== null || e.plural || e.kind === 'group') continue;
    const full = wordsOf(e.name);
    if (full.length <= short.length || (full[0] !== short[0] && !TITLE_WORDS.has(short[0]))) continue;
    const opens = short.every((w, i) => full[i] === w) && full.slice(short.length).every((w) => BUSINESS_WORDS.has(w));
    const title = short.length === 1 && TITLE_WORDS.has(short[0]) && full[full.length - 1] === short[0];
    if (opens || title) return e;
  }
  return null;
}
